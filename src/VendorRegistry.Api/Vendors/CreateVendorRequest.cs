using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.Vendors;

public sealed record CreateVendorRequest(
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [Url, StringLength(400)] string? Website);
