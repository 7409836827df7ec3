namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// Regulation that applies to a brief's data and work. The first four are spelled as the assessment's regulation
/// answers are (<c>gdpr</c>, <c>ccpa</c>, <c>hipaa</c>, <c>pci-dss</c>), so a brief can take them from its assessed initiative.
/// </summary>
public enum Regulation
{
    Gdpr,
    Ccpa,
    Hipaa,
    PciDss,
    FinancialServices,
    UsFederal,
    EuAiAct,
    Other,
}
