namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>An industry a vendor has delivered for.</summary>
public enum Vertical
{
    Healthcare,
    LifeSciences,
    Finance,
    Insurance,
    Retail,
    Manufacturing,
    PublicSector,
    Logistics,
    Energy,
    Telecommunications,
    Education,
    Media,
}
