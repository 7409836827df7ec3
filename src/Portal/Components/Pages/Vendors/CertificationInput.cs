using System.ComponentModel.DataAnnotations;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.Portal.Components.Pages.Vendors;

/// <summary>The certification form: its kind (a name of its own only for "other") and the days it is valid from and to.</summary>
public sealed class CertificationInput
{
    public CertificationKind Kind { get; set; } = CertificationKind.Iso27001;

    [StringLength(200)]
    public string? Name { get; set; }

    [Required(ErrorMessage = "Give the day the certification was issued.")]
    public DateOnly? IssuedOn { get; set; }

    [Required(ErrorMessage = "Give the day the certification expires.")]
    public DateOnly? ExpiresOn { get; set; }

    public static CertificationInput From(CertificationResponse certification) => new()
    {
        Kind = certification.Kind,
        Name = certification.Name,
        IssuedOn = certification.IssuedOn,
        ExpiresOn = certification.ExpiresOn,
    };

    /// <summary>The body of <c>POST /vendors/{id}/certifications</c> and <c>PUT /certifications/{id}</c>.</summary>
    public object Request() => new { Kind, Name = Kind == CertificationKind.Other ? Name : null, IssuedOn, ExpiresOn };
}
