namespace OutsourcingPortal.Portal.Components.Pages.ApiClients;

/// <summary>One checkbox of a role picker.</summary>
public sealed class RoleChoice(string role)
{
    public string Role { get; } = role;

    public bool Selected { get; set; }
}
