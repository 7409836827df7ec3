using static OutsourcingPortal.VendorRegistry.Api.RedFlags.Certification;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// Which certifications each regulation requires of a vendor. The articles name HITRUST for healthcare, SOC 2 Type II
/// for financial services and FedRAMP for government work [002], and ISO 27001 beside GDPR compliance [001]. The rest
/// is the portal's choice: SOC 2 Type II also answers HIPAA (an audited control set health data is commonly accepted
/// on), ISO 27001 or SOC 2 Type II answers CCPA, PCI DSS needs the vendor's own PCI DSS compliance as a service
/// provider, and the EU AI Act asks for an AI management system, ISO/IEC 42001. "Other" regulation requires nothing.
/// </summary>
public static class CertificationRequirements
{
    public static IReadOnlyList<CertificationRequirement> All { get; } =
    [
        new(Regulation.Gdpr, [Iso27001], "[001]"),
        new(Regulation.Ccpa, [Iso27001, Soc2Type2], "[001][002]"),
        new(Regulation.Hipaa, [Hitrust, Soc2Type2], "[002]"),
        new(Regulation.PciDss, [PciDss], "[002]"),
        new(Regulation.FinancialServices, [Soc2Type2], "[002]"),
        new(Regulation.UsFederal, [Fedramp], "[002]"),
        new(Regulation.EuAiAct, [Iso42001], "[002]"),
    ];

    /// <summary>The requirement of a regulation, or null when it requires no certification.</summary>
    public static CertificationRequirement? For(Regulation regulation) =>
        All.FirstOrDefault(requirement => requirement.Regulation == regulation);

    /// <summary>Whether <paramref name="certification"/> is one that any of <paramref name="regulations"/> requires.</summary>
    public static bool AnyRequires(IEnumerable<Regulation> regulations, Certification certification) =>
        regulations.Select(For).Any(requirement => requirement?.AnyOf.Contains(certification) == true);
}
