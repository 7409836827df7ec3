using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>A named person of the vendor's team and how long they have stayed (team stability, domain.md §2).</summary>
public sealed record TeamMember(
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [Required, StringLength(200, MinimumLength = 1)] string Role,
    [Range(0, 60)] int YearsWithVendor);
