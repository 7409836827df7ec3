namespace OutsourcingPortal.Contracts.Assessment;

/// <summary>
/// One AI use case a client organization considers (domain.md §1): the narrow problem, the workflow it changes, where
/// that workflow stands today and how success will be measured, with the budget and deadline the organization has.
/// An archived initiative (<see cref="ArchivedAt"/>) keeps everything but leaves the usual lists.
/// </summary>
public sealed record InitiativeResponse(
    Guid Id,
    string Name,
    string UseCase,
    string? Owner,
    string? BusinessOutcome,
    string? TargetWorkflow,
    string? Baseline,
    string? SuccessMetric,
    decimal? Budget,
    DateOnly? Deadline,
    InitiativeStatus Status,
    DateTimeOffset? ArchivedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
