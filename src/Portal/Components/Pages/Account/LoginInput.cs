using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Portal.Components.Pages.Account;

public sealed class LoginInput
{
    [Required, EmailAddress, Display(Name = "E-mail")]
    public string Email { get; set; } = string.Empty;

    [Required, DataType(DataType.Password)]
    public string Password { get; set; } = string.Empty;
}
