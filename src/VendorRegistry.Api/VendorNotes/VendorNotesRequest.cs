using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.VendorNotes;

/// <summary>A client organization's own notes on a vendor and its rating from 1 to 5 (or none), replacing what was there.</summary>
public sealed record VendorNotesRequest(
    [Range(1, 5)] int? Rating,
    [StringLength(10_000)] string? Notes);
