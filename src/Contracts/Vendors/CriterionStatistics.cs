namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// How the evaluators scored one response on one criterion: how many scored it, their mean (two decimals), and how
/// far they disagree, as the range <see cref="Spread"/> (highest − lowest) and the population standard deviation (two
/// decimals). <see cref="Points"/> is what the criterion adds to the response's 0–100 weighted total (two decimals), so
/// the points of all criteria add up to it, give or take rounding. All but the weight and the count are null when
/// nobody scored it.
/// </summary>
public sealed record CriterionStatistics(
    string CriterionId,
    decimal Weight,
    int ScoreCount,
    decimal? Mean,
    int? Lowest,
    int? Highest,
    int? Spread,
    decimal? StandardDeviation,
    decimal? Points);
