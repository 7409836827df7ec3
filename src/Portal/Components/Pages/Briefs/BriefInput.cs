using System.ComponentModel.DataAnnotations;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.Portal.Components.Pages.Briefs;

/// <summary>A brief's text as the client writes it, with the limits the API applies; the deadline is in UTC.</summary>
public sealed class BriefInput
{
    [Required, StringLength(200)]
    public string Title { get; set; } = "";

    [Required, StringLength(4000)]
    public string Summary { get; set; } = "";

    [Required]
    public DateTime? Deadline { get; set; } = DateTime.UtcNow.Date.AddDays(21).AddHours(17);

    public Guid? InitiativeId { get; set; }

    [StringLength(4000), Display(Name = "Use case")]
    public string? UseCase { get; set; }

    [StringLength(4000)]
    public string? Constraints { get; set; }

    public HashSet<string> Regulations { get; } = new(StringComparer.Ordinal);

    [Display(Name = "Engagement model")]
    public string? EngagementModel { get; set; }

    /// <summary>
    /// The request body. Unticked regulations are left out of a new brief, so that its initiative supplies them; an
    /// edit sends what is ticked.
    /// </summary>
    public object ToRequest(bool isNew) => new
    {
        Title,
        Summary,
        Deadline = Deadline is { } deadline ? new DateTimeOffset(DateTime.SpecifyKind(deadline, DateTimeKind.Utc)) : (DateTimeOffset?)null,
        InitiativeId,
        UseCase,
        Constraints,
        Regulations = isNew && Regulations.Count == 0 ? null : Regulations.ToArray(),
        EngagementModel = string.IsNullOrEmpty(EngagementModel) ? null : EngagementModel,
    };

    public static BriefInput From(BriefResponse brief)
    {
        var input = new BriefInput
        {
            Title = brief.Title,
            Summary = brief.Summary,
            Deadline = brief.Deadline.UtcDateTime,
            InitiativeId = brief.InitiativeId,
            UseCase = brief.UseCase,
            Constraints = brief.Constraints,
            EngagementModel = brief.EngagementModel,
        };
        input.Regulations.UnionWith(brief.Regulations);
        return input;
    }
}
