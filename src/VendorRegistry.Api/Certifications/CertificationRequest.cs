using System.ComponentModel.DataAnnotations;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Certifications;

/// <summary>A certification as its vendor records it (POST adds, PUT replaces): kind, a name for <c>other</c>, issue and expiry dates.</summary>
public sealed record CertificationRequest(
    [Required] CertificationKind? Kind,
    [StringLength(200)] string? Name,
    [Required] DateOnly? IssuedOn,
    [Required] DateOnly? ExpiresOn) : IValidatableObject
{
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (Kind == CertificationKind.Other && string.IsNullOrWhiteSpace(Name))
        {
            yield return new ValidationResult("A certification of kind other needs its name.", [nameof(Name)]);
        }
        if (Kind is not null and not CertificationKind.Other && Name is not null)
        {
            yield return new ValidationResult("Only a certification of kind other has a name of its own.", [nameof(Name)]);
        }
        if (IssuedOn > ExpiresOn)
        {
            yield return new ValidationResult("A certification expires on or after the day it was issued.", [nameof(ExpiresOn)]);
        }
    }

    /// <summary>The certification as written here; its id, vendor, evidence and creation stay those of <paramref name="current"/>.</summary>
    public CertificationResponse ApplyTo(CertificationResponse current, DateOnly today, DateTimeOffset now) => current with
    {
        Kind = Kind!.Value,
        Name = Kind == CertificationKind.Other ? Name!.Trim() : null,
        IssuedOn = IssuedOn!.Value,
        ExpiresOn = ExpiresOn!.Value,
        Status = CertificationValidity.StatusOn(IssuedOn.Value, ExpiresOn.Value, today),
        UpdatedAt = now,
    };

    public CertificationResponse ToNewCertification(Guid id, Guid vendorId, DateOnly today, DateTimeOffset now) =>
        ApplyTo(new CertificationResponse(id, vendorId, default, null, default, default, default, [], now, now), today, now);
}
