using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Assessment.Api.Initiatives;

/// <summary>What a person writes about an initiative, when creating it (POST) and when editing it (PUT).</summary>
public sealed record InitiativeRequest(
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [Required, StringLength(4000, MinimumLength = 1)] string UseCase);
