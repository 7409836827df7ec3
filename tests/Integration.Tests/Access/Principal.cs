using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>
/// Someone calling the API in the access matrix: anonymous, or a demo account. Tenant A is Northwind, tenant B
/// Contoso; NeuralWorks is the vendor Northwind works with ("invited"), DataForge one it does not.
/// </summary>
public sealed record Principal(string Name, DemoAccount? Account)
{
    public static readonly Principal Anonymous = new("anonymous", null);
    public static readonly Principal TenantAAdmin = Demo("tenant A org admin", "admin@northwind.demo");
    public static readonly Principal TenantAEvaluator = Demo("tenant A evaluator", "evaluator@northwind.demo");
    public static readonly Principal TenantAExecutive = Demo("tenant A executive", "executive@northwind.demo");
    public static readonly Principal TenantBAdmin = Demo("tenant B org admin", "admin@contoso.demo");
    public static readonly Principal InvitedVendor = Demo("invited vendor", "team@neuralworks.demo");
    public static readonly Principal UninvitedVendor = Demo("uninvited vendor", "team@dataforge.demo");
    public static readonly Principal HostOperator = Demo("host operator", "operator@portal.demo");

    /// <summary>A vendor no demo organization works with; not part of the matrix, which has its uninvited vendor.</summary>
    public static readonly Principal IdleVendor = Demo("idle vendor", "team@quickai.demo");

    public static readonly IReadOnlyList<Principal> All =
        [Anonymous, TenantAAdmin, TenantAEvaluator, TenantAExecutive, TenantBAdmin, InvitedVendor, UninvitedVendor, HostOperator];

    /// <summary>
    /// Someone who may create items in the collection: the host operator registers vendors, the invited vendor asks
    /// about its invitation, tenant A the rest.
    /// </summary>
    public static Principal WriterOf(string collection) => collection switch
    {
        "/api/vendors/vendors" or "/api/vendors/certifications" => HostOperator,
        "/api/vendors/invitations" => InvitedVendor,
        "/api/reporting/exports" => TenantAExecutive,
        _ => TenantAEvaluator,
    };

    public string? Role => Account?.Role;

    public bool IsTenantA => Account?.OrganizationId == DemoDirectory.Northwind;

    public bool IsClient => Role is not null && PortalRoles.ClientRoles.Contains(Role);

    public bool IsVendor => Role is not null && PortalRoles.VendorRoles.Contains(Role);

    public override string ToString() => Name;

    private static Principal Demo(string name, string email) =>
        new(name, DemoDirectory.Accounts.Single(account => account.Email == email));
}
