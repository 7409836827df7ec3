using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.Vendors;

/// <summary>Registers a vendor organization's profile; <see cref="OrganizationId"/> becomes the vendor's id.</summary>
public sealed record CreateVendorRequest(
    [Required] Guid? OrganizationId,
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [Url, StringLength(400)] string? Website);
