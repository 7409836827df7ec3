namespace OutsourcingPortal.Portal.Assessment;

/// <summary>An assessment in an initiative's history.</summary>
public sealed record AssessmentSummaryView(
    Guid Id,
    string Status,
    int QuestionnaireVersion,
    int? RubricVersion,
    int? ReadinessScore,
    string? Approach,
    string? ThenApproach,
    string? EngagementModel,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt);
