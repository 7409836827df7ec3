using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Portal.Components.Pages.Account;

public sealed class AcceptInvitationInput
{
    [Required, StringLength(200), Display(Name = "Your name")]
    public string DisplayName { get; set; } = string.Empty;

    [Required, DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;

    [Required, DataType(DataType.Password), Compare(nameof(Password), ErrorMessage = "The two passwords differ."), Display(Name = "Password again")]
    public string ConfirmPassword { get; set; } = string.Empty;
}
