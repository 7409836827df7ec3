using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>The whole edited template: every criterion with its weight (the server numbers the versions).</summary>
public sealed record ScoringTemplateRequest([Required, MaxLength(30)] IReadOnlyList<ScoringCriterion>? Criteria);
