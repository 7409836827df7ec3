using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Portal.Components.Pages.ApiClients;

public sealed class CreateApiClientInput(IEnumerable<string> assignableRoles) : IValidatableObject
{
    [Required, StringLength(100), Display(Name = "Name")]
    public string Name { get; set; } = string.Empty;

    public IReadOnlyList<RoleChoice> Roles { get; } = assignableRoles.Select(role => new RoleChoice(role)).ToList();

    public IReadOnlyList<string> SelectedRoles => Roles.Where(choice => choice.Selected).Select(choice => choice.Role).ToList();

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SelectedRoles.Count == 0)
        {
            yield return new ValidationResult("Choose at least one role.", [nameof(Roles)]);
        }
    }
}
