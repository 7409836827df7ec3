using System.ComponentModel.DataAnnotations;
using OutsourcingPortal.Contracts.Assessment;

namespace OutsourcingPortal.Assessment.Api.Initiatives;

/// <summary>
/// What a person writes about an initiative, when creating it (POST) and when editing it (PUT, which replaces it).
/// Only the name and use case are needed to start; the assessment asks for the rest where it matters.
/// </summary>
public sealed record InitiativeRequest(
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [Required, StringLength(4000, MinimumLength = 1)] string UseCase,
    [StringLength(200)] string? Owner = null,
    [StringLength(2000)] string? BusinessOutcome = null,
    [StringLength(2000)] string? TargetWorkflow = null,
    [StringLength(2000)] string? Baseline = null,
    [StringLength(2000)] string? SuccessMetric = null,
    [Range(typeof(decimal), "0", "1000000000000")] decimal? Budget = null,
    DateOnly? Deadline = null)
{
    /// <summary>The initiative as written here, trimmed, blanks as absent; what the request does not cover is kept from <paramref name="current"/>.</summary>
    public InitiativeResponse ApplyTo(InitiativeResponse current, DateTimeOffset now) => current with
    {
        Name = Name.Trim(),
        UseCase = UseCase.Trim(),
        Owner = Optional(Owner),
        BusinessOutcome = Optional(BusinessOutcome),
        TargetWorkflow = Optional(TargetWorkflow),
        Baseline = Optional(Baseline),
        SuccessMetric = Optional(SuccessMetric),
        Budget = Budget,
        Deadline = Deadline,
        UpdatedAt = now,
    };

    /// <summary>A new initiative: proposed, not yet assessed.</summary>
    public InitiativeResponse ToNewInitiative(Guid id, DateTimeOffset now) =>
        ApplyTo(new InitiativeResponse(id, "", "", null, null, null, null, null, null, null, InitiativeStatus.Proposed, null, now, now), now);

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
