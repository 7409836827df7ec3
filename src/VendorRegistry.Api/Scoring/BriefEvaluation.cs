using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>The side-by-side evaluation of a brief's submitted responses, best first, against the criteria the brief was issued with.</summary>
public sealed record BriefEvaluation(Guid BriefId, BriefStatus Status, IReadOnlyList<ScoringCriterion> Criteria, IReadOnlyList<ResponseEvaluation> Responses);
