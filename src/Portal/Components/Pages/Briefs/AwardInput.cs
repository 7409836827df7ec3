using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Portal.Components.Pages.Briefs;

/// <summary>Which submitted response wins the brief, and why, in words kept with the award.</summary>
public sealed class AwardInput
{
    [Required(ErrorMessage = "Choose the response that wins.")]
    public Guid? ResponseId { get; set; }

    [Required(ErrorMessage = "Say why this response wins.")]
    [MaxLength(4_000)]
    public string? Rationale { get; set; }
}
