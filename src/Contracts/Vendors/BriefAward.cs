namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>The response a brief was awarded to, and why.</summary>
public sealed record BriefAward(Guid ResponseId, Guid VendorId, string VendorName, string Rationale, DateTimeOffset AwardedAt);
