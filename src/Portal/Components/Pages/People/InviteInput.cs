using System.ComponentModel.DataAnnotations;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Portal.Components.Pages.People;

public sealed class InviteInput
{
    [Required, EmailAddress, StringLength(256), Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;

    [Required]
    public string Role { get; set; } = PortalRoles.Evaluator;
}
