namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>A line of a vendor's rate card.</summary>
public enum Seniority
{
    Junior,
    Mid,
    Senior,
    Lead,
    Architect,
}
