namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>
/// Aggregates several evaluators' independent scorecards for the responses to one brief into a ranking with the
/// spread of their scores, so evaluators see where they agree and where to talk.
/// </summary>
public static class ScoreAggregator
{
    /// <summary>
    /// The standing of every response, best first. Only submitted scorecards for the given responses count; scores for
    /// criteria the template no longer has are left out. A criterion's mean maps 1–5 onto 0–100, and the weighted total
    /// is the weighted average of the means as shown over the criteria somebody scored, so the numbers on the page add
    /// up. Equal totals share a rank (1, 1, 3); among them, and among unranked responses last, the order is by vendor
    /// name, then vendor id.
    /// </summary>
    /// <exception cref="ArgumentException">
    /// The template is invalid, a response is listed twice, an evaluator submitted two scorecards for one response, or a
    /// submitted score lies outside 1–5: data that validation on save should have refused.
    /// </exception>
    public static IReadOnlyList<ResponseStanding> Aggregate(
        ScoringTemplate template, IReadOnlyList<ScoredResponse> responses, IReadOnlyList<Scorecard> scorecards)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(responses);
        ArgumentNullException.ThrowIfNull(scorecards);
        if (template.Validate().Count > 0)
        {
            throw new ArgumentException("The scoring template is not valid.", nameof(template));
        }
        if (responses.DistinctBy(response => response.ResponseId).Count() != responses.Count)
        {
            throw new ArgumentException("A response is listed more than once.", nameof(responses));
        }
        var submitted = scorecards.Where(scorecard => scorecard.Submitted).ToLookup(scorecard => scorecard.ResponseId);
        var unranked = responses.Select(response => Stand(template, response, [.. submitted[response.ResponseId]])).ToList();
        return Ranking.Rank(unranked);
    }

    private static ResponseStanding Stand(ScoringTemplate template, ScoredResponse response, IReadOnlyList<Scorecard> scorecards)
    {
        if (scorecards.DistinctBy(scorecard => scorecard.EvaluatorId).Count() != scorecards.Count)
        {
            throw new ArgumentException($"An evaluator submitted more than one scorecard for response {response.ResponseId}.", nameof(scorecards));
        }
        var criteria = ScoreStatistics.WithPoints([.. template.Criteria.Select(criterion => ScoreStatistics.Of(criterion, ScoresFor(criterion, scorecards)))]);
        return new ResponseStanding(response.ResponseId, response.VendorId, response.VendorName, Rank: null,
            ScoreStatistics.WeightedTotal(criteria), scorecards.Count, criteria);
    }

    private static List<int> ScoresFor(ScoringCriterion criterion, IReadOnlyList<Scorecard> scorecards)
    {
        var scores = scorecards.Select(scorecard => scorecard.Scores.GetValueOrDefault(criterion.Id)).OfType<int>().ToList();
        if (!scores.All(Scorecard.InRange))
        {
            throw new ArgumentException($"A submitted score for criterion {criterion.Id} is outside {Scorecard.MinimumScore}–{Scorecard.MaximumScore}.", nameof(scorecards));
        }
        return scores;
    }
}
