using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Portal.Components.Pages.Briefs;

/// <summary>Why a red flag does not count against the response; the API keeps it beside the flag.</summary>
public sealed class DismissalInput
{
    [Required(ErrorMessage = "Say why the flag does not count.")]
    [MaxLength(2_000)]
    public string? Reason { get; set; }
}
