namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>The certifications a brief's regulation can require of a vendor (domain.md §2, [001][002]).</summary>
public enum Certification
{
    Iso27001,
    Soc2Type2,
    Hitrust,
    Fedramp,
    PciDss,
    Iso42001,
}
