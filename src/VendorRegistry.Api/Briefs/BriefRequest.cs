using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// A brief's text, to create it or edit its draft. Written from an assessed initiative (<see cref="InitiativeId"/>),
/// the initiative's use case, constraints, regulations and recommended engagement model fill whatever is left out.
/// Regulations are the ids of <see cref="RedFlags.Regulation"/> (<c>hipaa</c>, <c>gdpr</c>, …).
/// </summary>
public sealed record BriefRequest(
    [Required, StringLength(200, MinimumLength = 1)] string Title,
    [Required, StringLength(4000, MinimumLength = 1)] string Summary,
    [Required] DateTimeOffset? Deadline,
    Guid? InitiativeId = null,
    [StringLength(4000)] string? UseCase = null,
    [StringLength(4000)] string? Constraints = null,
    [MaxLength(10)] IReadOnlyList<string>? Regulations = null,
    [StringLength(40)] string? EngagementModel = null);
