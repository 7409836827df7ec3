namespace OutsourcingPortal.Contracts.Identity;

/// <summary>The roles a person (or an API client) holds, as they appear in the <c>role</c> claim of every token.</summary>
public static class PortalRoles
{
    /// <summary>Runs the deployment: creates and suspends client organizations; sees no tenant's work.</summary>
    public const string HostOperator = "host-operator";

    /// <summary>Administers one client organization: people, roles, API clients, audit log.</summary>
    public const string OrgAdmin = "org-admin";

    /// <summary>A member of a client organization who assesses initiatives and scores vendors.</summary>
    public const string Evaluator = "evaluator";

    /// <summary>Reads the organization's portfolio and decisions; changes nothing.</summary>
    public const string Executive = "executive";

    /// <summary>Works for a vendor organization: answers the invitations sent to it.</summary>
    public const string VendorUser = "vendor-user";

    /// <summary>Administers a vendor organization's profile, people and API clients.</summary>
    public const string VendorAdmin = "vendor-admin";

    /// <summary>Roles held inside a client organization.</summary>
    public static readonly IReadOnlyList<string> ClientRoles = [OrgAdmin, Evaluator, Executive];

    /// <summary>Roles held inside a vendor organization.</summary>
    public static readonly IReadOnlyList<string> VendorRoles = [VendorUser, VendorAdmin];

    public static readonly IReadOnlyList<string> All = [HostOperator, OrgAdmin, Evaluator, Executive, VendorUser, VendorAdmin];
}
