namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// A client organization's own notes on a vendor and its 1–5 rating; no other organization and not the vendor sees
/// them. Never written yet: no rating, empty notes, no <see cref="UpdatedAt"/>.
/// </summary>
public sealed record VendorNotesResponse(Guid VendorId, int? Rating, string Notes, DateTimeOffset? UpdatedAt, string? UpdatedBy);
