namespace OutsourcingPortal.Portal.Organizations;

/// <summary>The people of a suspended organization cannot sign in, and its API clients get no tokens.</summary>
public enum OrganizationStatus
{
    Active,
    Suspended,
}
