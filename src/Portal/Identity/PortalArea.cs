namespace OutsourcingPortal.Portal.Identity;

/// <summary>
/// An area of the portal: its page (<see cref="Path"/>, also the name of its policy), how it is named in the
/// navigation, and the roles that may use it. Anyone holding one of <see cref="Roles"/> is admitted.
/// </summary>
public sealed record PortalArea(string Path, string Title, string Summary, IReadOnlyList<string> Roles)
{
    public string Policy => Path;

    public string NavTestId => "nav-" + Path;
}
