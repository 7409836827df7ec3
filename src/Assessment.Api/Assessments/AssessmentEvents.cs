using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Assessment;

namespace OutsourcingPortal.Assessment.Api.Assessments;

/// <summary>The integration event a completed assessment publishes.</summary>
internal static class AssessmentEvents
{
    public static AssessmentCompleted Completed(AssessmentResponse assessment, InitiativeResponse initiative)
    {
        var result = assessment.Result ?? throw new ArgumentException("Only a completed assessment has a result.", nameof(assessment));
        var recommendation = result.Recommendation;
        return new AssessmentCompleted(
            assessment.Id, initiative.Id, initiative.Name, assessment.QuestionnaireVersion, result.RubricVersion,
            result.Readiness.OverallScore, result.Readiness.Ready,
            KebabCaseEnum.ToText(recommendation.Approach),
            recommendation.ThenApproach is { } then ? KebabCaseEnum.ToText(then) : null,
            recommendation.EngagementModel is { } model ? KebabCaseEnum.ToText(model) : null,
            [.. result.Risks.Select(risk => KebabCaseEnum.ToText(risk.FailureMode)).Distinct()],
            result.Costs.Outsourced.WeeksToFirstDelivery, result.Costs.InHouse.WeeksToFirstDelivery,
            result.Costs.Outsourced.FirstYear.Total, result.Costs.InHouse.FirstYear.Total,
            assessment.CompletedAt!.Value,
            initiative.UseCase, initiative.BusinessOutcome, initiative.SuccessMetric, initiative.Budget, initiative.Deadline,
            assessment.Answers.GetValueOrDefault(QuestionIds.Sensitivity)?.Text,
            assessment.Answers.GetValueOrDefault(QuestionIds.Regulations)?.OptionIds ?? []);
    }
}
