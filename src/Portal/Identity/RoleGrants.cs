using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Portal.Identity;

/// <summary>A person is given one role; some roles bring another with them.</summary>
public static class RoleGrants
{
    /// <summary>The roles held by someone given <paramref name="role"/>: a vendor admin is also a vendor user.</summary>
    public static IReadOnlyList<string> Held(string role) =>
        role == PortalRoles.VendorAdmin ? [PortalRoles.VendorAdmin, PortalRoles.VendorUser] : [role];

    /// <summary>The one role a person was given, from the roles they hold (the inverse of <see cref="Held"/>).</summary>
    public static string Given(IEnumerable<string> held)
    {
        var roles = held.ToList();
        return roles.Contains(PortalRoles.VendorAdmin) ? PortalRoles.VendorAdmin : roles.FirstOrDefault() ?? string.Empty;
    }
}
