using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Portal.Components.Pages.Briefs;

/// <summary>A later deadline for an issued brief, in UTC.</summary>
public sealed class DeadlineInput
{
    [Required]
    public DateTime? Deadline { get; set; }
}
