using System.ComponentModel.DataAnnotations;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.Components.Pages.Organizations;

public sealed class CreateOrganizationInput
{
    [Required, StringLength(200), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    public OrganizationKind Kind { get; set; } = OrganizationKind.Client;

    [Required, EmailAddress, StringLength(256), Display(Name = "First administrator's e-mail")]
    public string AdministratorEmail { get; set; } = string.Empty;
}
