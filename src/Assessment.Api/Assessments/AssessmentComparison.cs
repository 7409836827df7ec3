using System.Globalization;
using System.Text.Json;
using OutsourcingPortal.Assessment.Api.Recommendations;
using OutsourcingPortal.BuildingBlocks.Data;

namespace OutsourcingPortal.Assessment.Api.Assessments;

/// <summary>
/// Two assessments side by side (usually of one initiative, before and after work on its readiness): what each
/// concluded, and every conclusion and answer that differs. A draft has answers but no conclusions to compare.
/// </summary>
public sealed record AssessmentComparison(AssessmentSummary First, AssessmentSummary Second, IReadOnlyList<Difference> Differences)
{
    public static AssessmentComparison Of(AssessmentResponse first, AssessmentResponse second) =>
        new(AssessmentSummary.Of(first), AssessmentSummary.Of(second),
            [.. Conclusions(first.Result, second.Result), .. Answers(first, second)]);

    private static IEnumerable<Difference> Conclusions(AssessmentResult? first, AssessmentResult? second)
    {
        var aspects = new (string Aspect, Func<AssessmentResult, string?> Describe)[]
        {
            ("rubricVersion", result => Number(result.RubricVersion)),
            ("approach", result => Text<Approach>(result.Recommendation.Approach)),
            ("thenApproach", result => Text(result.Recommendation.ThenApproach)),
            ("engagementModel", result => Text(result.Recommendation.EngagementModel)),
            ("readiness.overallScore", result => Number(result.Readiness.OverallScore)),
            ("readiness.ready", result => result.Readiness.Ready ? "yes" : "no"),
            ("plan.totalWeeks", result => Number(result.Plan.TotalWeeks)),
            ("costs.outsourced.weeksToFirstDelivery", result => Number(result.Costs.Outsourced.WeeksToFirstDelivery)),
            ("costs.inHouse.weeksToFirstDelivery", result => Number(result.Costs.InHouse.WeeksToFirstDelivery)),
            ("costs.outsourced.firstYear.total", result => Number(result.Costs.Outsourced.FirstYear.Total)),
            ("costs.inHouse.firstYear.total", result => Number(result.Costs.InHouse.FirstYear.Total)),
        };
        var signals = Enum.GetValues<ReadinessSignal>().Select(signal => (
            Aspect: $"readiness.{JsonNamingPolicy.CamelCase.ConvertName(signal.ToString())}",
            Describe: (Func<AssessmentResult, string?>)(result => Number(result.Readiness.Signals.Single(score => score.Signal == signal).Score))));
        var risks = Enum.GetValues<FailureMode>().Select(mode => (
            Aspect: $"risks.{JsonNamingPolicy.CamelCase.ConvertName(mode.ToString())}",
            Describe: (Func<AssessmentResult, string?>)(result => result.Risks.Any(risk => risk.FailureMode == mode) ? "flagged" : null)));

        return aspects.Concat(signals).Concat(risks)
            .Select(aspect => new Difference(aspect.Aspect, Describe(first, aspect.Describe), Describe(second, aspect.Describe)))
            .Where(difference => difference.First != difference.Second);
    }

    private static IEnumerable<Difference> Answers(AssessmentResponse first, AssessmentResponse second) =>
        first.Answers.Keys.Union(second.Answers.Keys).Order(StringComparer.Ordinal)
            .Select(questionId => new Difference($"answers.{questionId}", Answer(first, questionId), Answer(second, questionId)))
            .Where(difference => difference.First != difference.Second);

    private static string? Describe(AssessmentResult? result, Func<AssessmentResult, string?> describe) =>
        result is null ? null : describe(result);

    private static string? Answer(AssessmentResponse assessment, string questionId) =>
        assessment.Answers.GetValueOrDefault(questionId) is { } answer ? JsonSerializer.Serialize(answer) : null;

    private static string Number(decimal value) => value.ToString(CultureInfo.InvariantCulture);

    private static string? Text<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } present ? KebabCaseEnum.ToText(present) : null;
}
