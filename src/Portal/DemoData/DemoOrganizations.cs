using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.DemoData;

/// <summary>The names and kinds of the organizations whose fixed ids <see cref="DemoDirectory"/> gives.</summary>
public static class DemoOrganizations
{
    public static readonly IReadOnlyList<DemoOrganization> All =
    [
        new(DemoDirectory.Northwind, "Northwind Traders", OrganizationKind.Client),
        new(DemoDirectory.Contoso, "Contoso", OrganizationKind.Client),
        new(DemoDirectory.NeuralWorks, "NeuralWorks", OrganizationKind.Vendor),
        new(DemoDirectory.DataForge, "DataForge", OrganizationKind.Vendor),
        new(DemoDirectory.QuickAi, "QuickAI", OrganizationKind.Vendor),
    ];
}
