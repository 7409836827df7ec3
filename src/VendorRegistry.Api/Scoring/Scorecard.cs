namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>
/// One evaluator's scores for one vendor response, by criterion id, each a whole number from
/// <see cref="MinimumScore"/> to <see cref="MaximumScore"/> (null: not scored yet). Evaluators score independently;
/// only a submitted scorecard counts in the aggregation, so a draft never moves another evaluator's view.
/// </summary>
public sealed record Scorecard(Guid ResponseId, Guid EvaluatorId, IReadOnlyDictionary<string, int?> Scores, bool Submitted)
{
    public const int MinimumScore = 1;

    public const int MaximumScore = 5;

    internal static bool InRange(int score) => score is >= MinimumScore and <= MaximumScore;
}
