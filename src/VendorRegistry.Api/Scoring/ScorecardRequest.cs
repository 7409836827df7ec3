using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>The caller's whole draft scorecard: criterion id → 1 to 5 (null or left out: not scored yet), and a comment.</summary>
public sealed record ScorecardRequest([Required] Dictionary<string, int?>? Scores, [MaxLength(10_000)] string? Comment);
