using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Portal.Components.Pages.Vendors;

/// <summary>The notes form: a rating from 1 to 5 or none, and free text.</summary>
public sealed class VendorNotesInput
{
    [Range(1, 5)]
    public int? Rating { get; set; }

    [StringLength(10_000)]
    public string? Notes { get; set; }
}
