using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>The arithmetic of aggregation, in one place: means, spread, standard deviation and the 0–100 total.</summary>
internal static class ScoreStatistics
{
    public static CriterionStatistics Of(ScoringCriterion criterion, IReadOnlyList<int> scores)
    {
        if (scores.Count == 0)
        {
            return new(criterion.Id, criterion.Weight, 0, null, null, null, null, null, null);
        }
        var mean = scores.Sum(score => (decimal)score) / scores.Count;
        var variance = scores.Sum(score => (score - mean) * (score - mean)) / scores.Count;
        var (lowest, highest) = (scores.Min(), scores.Max());
        // Population deviation: the evaluators are the whole panel, not a sample of one, and one evaluator disagrees with nobody (0).
        var deviation = TwoDecimals((decimal)Math.Sqrt((double)variance));
        return new(criterion.Id, criterion.Weight, scores.Count, TwoDecimals(mean), lowest, highest, highest - lowest, deviation, Points: null);
    }

    /// <summary>
    /// The weighted average of the shown means over the scored criteria, with 1 as 0 and 5 as 100, to one decimal; null
    /// when nothing was scored. A criterion added after the scorecards were submitted therefore neither helps nor hurts.
    /// </summary>
    public static decimal? WeightedTotal(IReadOnlyList<CriterionStatistics> criteria)
    {
        var scored = criteria.Where(criterion => criterion.Mean is not null).ToList();
        if (scored.Count == 0)
        {
            return null;
        }
        var total = scored.Sum(criterion => criterion.Weight * ToHundred(criterion.Mean!.Value)) / scored.Sum(criterion => criterion.Weight);
        return decimal.Round(total, 1, MidpointRounding.AwayFromZero);
    }

    /// <summary>
    /// Each scored criterion's share of <see cref="WeightedTotal"/>: its weight over the weight of the scored criteria,
    /// times its mean on 0–100 (two decimals), so a chart of them adds up to the total.
    /// </summary>
    public static IReadOnlyList<CriterionStatistics> WithPoints(IReadOnlyList<CriterionStatistics> criteria)
    {
        var scoredWeight = criteria.Where(criterion => criterion.Mean is not null).Sum(criterion => criterion.Weight);
        return
        [
            .. criteria.Select(criterion => criterion.Mean is { } mean
                ? criterion with { Points = TwoDecimals(criterion.Weight * ToHundred(mean) / scoredWeight) }
                : criterion),
        ];
    }

    private static decimal ToHundred(decimal mean) =>
        (mean - Scorecard.MinimumScore) * 100 / (Scorecard.MaximumScore - Scorecard.MinimumScore);

    private static decimal TwoDecimals(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);
}
