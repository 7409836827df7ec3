using OutsourcingPortal.Assessment.Api.Recommendations;

namespace OutsourcingPortal.Assessment.Api.Assessments;

/// <summary>An assessment in an initiative's history: its state and, once completed, what it concluded.</summary>
public sealed record AssessmentSummary(
    Guid Id,
    AssessmentStatus Status,
    int QuestionnaireVersion,
    int? RubricVersion,
    int? ReadinessScore,
    Approach? Approach,
    Approach? ThenApproach,
    EngagementModel? EngagementModel,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt)
{
    public static AssessmentSummary Of(AssessmentResponse assessment) =>
        new(assessment.Id, assessment.Status, assessment.QuestionnaireVersion, assessment.Result?.RubricVersion,
            assessment.Result?.Readiness.OverallScore, assessment.Result?.Recommendation.Approach,
            assessment.Result?.Recommendation.ThenApproach, assessment.Result?.Recommendation.EngagementModel,
            assessment.CompletedAt, assessment.CreatedAt);
}
