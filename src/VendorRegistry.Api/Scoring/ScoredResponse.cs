namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>A vendor's response to a brief, as the aggregation needs it: what scorecards point at, and what breaks ties.</summary>
public sealed record ScoredResponse(Guid ResponseId, Guid VendorId, string VendorName);
