namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>The side-by-side evaluation of a brief's submitted responses, best first, against the criteria the brief was issued with.</summary>
public sealed record BriefEvaluation(Guid BriefId, BriefStatus Status, IReadOnlyList<BriefCriterion> Criteria, IReadOnlyList<ResponseEvaluation> Responses);
