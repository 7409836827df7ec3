namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// An initiative whose assessment is complete, as the vendor registry knows it from the AssessmentCompleted event: the
/// facts a brief written from it carries (use case, constraints, regulations, the recommended engagement model).
/// </summary>
public sealed record AssessedInitiativeResponse(
    Guid Id,
    Guid AssessmentId,
    string Name,
    string? UseCase,
    string? BusinessOutcome,
    string? SuccessMetric,
    decimal? Budget,
    DateOnly? Deadline,
    string Approach,
    string? EngagementModel,
    string? DataSensitivity,
    IReadOnlyList<string> Regulations,
    DateTimeOffset CompletedAt);
