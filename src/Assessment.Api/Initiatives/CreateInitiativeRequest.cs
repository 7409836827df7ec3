using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Assessment.Api.Initiatives;

public sealed record CreateInitiativeRequest(
    [Required, StringLength(200, MinimumLength = 1)] string Name,
    [Required, StringLength(4000, MinimumLength = 1)] string UseCase);
