namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>What kind of AI work a vendor delivers (domain.md §2).</summary>
public enum VendorCapability
{
    DataEngineering,
    ModelDevelopment,
    Mlops,
    ComputerVision,
    Nlp,
    LlmGenai,
    Rpa,
    DataLabeling,
}
