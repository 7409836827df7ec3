namespace OutsourcingPortal.Contracts.Identity;

/// <summary>
/// Fixed identifiers of the demo organizations seeded in development, so every service's demo data and the
/// tests can name the same tenants. Never used outside development.
/// </summary>
public static class DemoDirectory
{
    public static readonly Guid Northwind = new("0193a000-0000-7000-8000-000000000001");
    public static readonly Guid Contoso = new("0193a000-0000-7000-8000-000000000002");

    public static readonly Guid NeuralWorks = new("0193a000-0000-7000-8000-000000000101");
    public static readonly Guid DataForge = new("0193a000-0000-7000-8000-000000000102");
    public static readonly Guid QuickAi = new("0193a000-0000-7000-8000-000000000103");

    /// <summary>The one password of every demo account: long enough for the password rules, printed on the console.</summary>
    public const string Password = "Demo-Portal-2026!";

    public static readonly IReadOnlyList<DemoAccount> Accounts =
    [
        new("operator@portal.demo", "Olivia Operator", PortalRoles.HostOperator, null),
        new("admin@northwind.demo", "Nadia Admin", PortalRoles.OrgAdmin, Northwind),
        new("evaluator@northwind.demo", "Noah Evaluator", PortalRoles.Evaluator, Northwind),
        new("executive@northwind.demo", "Nina Executive", PortalRoles.Executive, Northwind),
        new("admin@contoso.demo", "Carl Admin", PortalRoles.OrgAdmin, Contoso),
        new("evaluator@contoso.demo", "Chloe Evaluator", PortalRoles.Evaluator, Contoso),
        new("executive@contoso.demo", "Colin Executive", PortalRoles.Executive, Contoso),
        new("team@neuralworks.demo", "Nora NeuralWorks", PortalRoles.VendorAdmin, NeuralWorks),
        new("team@dataforge.demo", "Dan DataForge", PortalRoles.VendorAdmin, DataForge),
        new("team@quickai.demo", "Quinn QuickAI", PortalRoles.VendorAdmin, QuickAi),
    ];
}
