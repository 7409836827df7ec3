using OutsourcingPortal.Contracts.Events;

namespace OutsourcingPortal.Contracts.Assessment;

/// <summary>
/// An initiative's assessment was completed: what reporting needs for the portfolio (readiness, the recommended
/// approach and engagement model, the flagged failure modes, time and cost to value) without reading the service.
/// Approaches, models and failure modes are the API's kebab-case values (<c>outsource</c>, <c>dedicated-team</c>).
/// The initiative's brief-worthy facts (use case, constraints, data sensitivity and regulations) came later and are
/// optional, so events written before them still read: a brief written from the assessment starts from them.
/// </summary>
public sealed record AssessmentCompleted(
    Guid AssessmentId,
    Guid InitiativeId,
    string InitiativeName,
    int QuestionnaireVersion,
    int RubricVersion,
    int ReadinessScore,
    bool Ready,
    string Approach,
    string? ThenApproach,
    string? EngagementModel,
    IReadOnlyList<string> FlaggedRisks,
    int OutsourcedWeeksToFirstDelivery,
    int InHouseWeeksToFirstDelivery,
    decimal OutsourcedFirstYearCost,
    decimal InHouseFirstYearCost,
    DateTimeOffset CompletedAt,
    string? UseCase = null,
    string? BusinessOutcome = null,
    string? SuccessMetric = null,
    decimal? Budget = null,
    DateOnly? Deadline = null,
    string? DataSensitivity = null,
    IReadOnlyList<string>? Regulations = null) : IIntegrationEvent
{
    public static string EventType => nameof(AssessmentCompleted);

    public static int EventVersion => 1;
}
