using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Scoring;

namespace OutsourcingPortal.VendorRegistry.Tests.Scoring;

/// <summary>
/// A small template (quality counts twice, security and price once) and builders for responses and scorecards with
/// readable, fixed ids, so the arithmetic in the tests can be checked by hand.
/// </summary>
internal static class Scoring
{
    public const string Quality = "quality";
    public const string Security = "security";
    public const string Price = "price";

    public static readonly ScoringTemplate Template = new(
    [
        new(Quality, "Quality", 2, "Good work."),
        new(Security, "Security", 1, "Safe work."),
        new(Price, "Price", 1, "Fair price."),
    ]);

    public static Guid Id(int number) => new($"00000000-0000-0000-0000-{number:D12}");

    public static ScoredResponse Response(int number, string vendorName) => new(Id(1000 + number), Id(2000 + number), vendorName);

    /// <summary>A submitted scorecard with the scores in template order (quality, security, price).</summary>
    public static Scorecard Card(ScoredResponse response, int evaluator, int quality, int security, int price) =>
        new(response.ResponseId, Id(evaluator), Scores((Quality, quality), (Security, security), (Price, price)), Submitted: true);

    public static Scorecard Card(ScoredResponse response, int evaluator, params (string CriterionId, int? Score)[] scores) =>
        new(response.ResponseId, Id(evaluator), Scores(scores), Submitted: true);

    public static Scorecard Draft(ScoredResponse response, int evaluator, int quality, int security, int price) =>
        Card(response, evaluator, quality, security, price) with { Submitted = false };

    public static Dictionary<string, int?> Scores(params (string CriterionId, int? Score)[] scores) =>
        scores.ToDictionary(score => score.CriterionId, score => score.Score, StringComparer.Ordinal);

    public static CriterionStatistics Criterion(this ResponseStanding standing, string criterionId) =>
        standing.Criteria.Single(criterion => criterion.CriterionId == criterionId);
}
