namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>The organization's scoring template as stored: version 0 is the built-in default, never saved.</summary>
public sealed record VersionedTemplate(int Version, IReadOnlyList<ScoringCriterion> Criteria);
