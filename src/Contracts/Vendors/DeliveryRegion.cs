namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>Where a vendor's delivery teams sit; rates and time-zone overlap follow from it (domain.md §1, cost defaults).</summary>
public enum DeliveryRegion
{
    NorthAmerica,
    LatinAmerica,
    WesternEurope,
    EasternEurope,
    MiddleEastAndAfrica,
    SouthAsia,
    SouthEastAsia,
    EastAsia,
    Oceania,
}
