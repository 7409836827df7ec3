using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>
/// Where one vendor response stands after aggregation: its weighted total on 0–100 (one decimal), its rank (equal
/// totals share a rank; null when no evaluator has submitted a scorecard for it), how many evaluators count, and the
/// statistics per criterion in template order.
/// </summary>
public sealed record ResponseStanding(
    Guid ResponseId,
    Guid VendorId,
    string VendorName,
    int? Rank,
    decimal? WeightedTotal,
    int EvaluatorCount,
    IReadOnlyList<CriterionStatistics> Criteria);
