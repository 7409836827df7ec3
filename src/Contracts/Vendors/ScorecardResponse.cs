namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// One evaluator's scores for one vendor response to a brief, by criterion id of the brief's criteria (1–5; a criterion
/// left out is not scored yet), with a comment. Its author edits the draft; once submitted it is final and counts.
/// </summary>
public sealed record ScorecardResponse(
    Guid Id,
    Guid BriefId,
    Guid ResponseId,
    Guid EvaluatorId,
    string EvaluatorName,
    IReadOnlyDictionary<string, int?> Scores,
    string? Comment,
    ScorecardStatus Status,
    DateTimeOffset? SubmittedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
