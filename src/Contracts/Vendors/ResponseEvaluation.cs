namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// Where one submitted response stands: its weighted total (0–100), rank, how many evaluators submitted a scorecard,
/// and per criterion the mean and spread of their scores; its red flags, dismissed ones included, and how many still count. While the caller's
/// own scorecard of it is a draft, <see cref="Hidden"/> is true and the scores are withheld (null and empty), so that
/// the caller scores it independently.
/// </summary>
public sealed record ResponseEvaluation(
    Guid ResponseId,
    Guid VendorId,
    string VendorName,
    bool Shortlisted,
    bool Hidden,
    int? Rank,
    decimal? WeightedTotal,
    int? EvaluatorCount,
    IReadOnlyList<CriterionStatistics> Criteria,
    int ActiveRedFlags,
    IReadOnlyList<ResponseRedFlag> RedFlags);
