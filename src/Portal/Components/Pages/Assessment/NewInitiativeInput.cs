using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Portal.Components.Pages.Assessment;

/// <summary>The same limits the API applies, checked before sending.</summary>
public sealed class NewInitiativeInput
{
    [Required, StringLength(200)]
    public string Name { get; set; } = "";

    [Required, StringLength(4000), Display(Name = "Use case")]
    public string UseCase { get; set; } = "";
}
