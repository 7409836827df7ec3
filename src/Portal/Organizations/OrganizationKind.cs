namespace OutsourcingPortal.Portal.Organizations;

/// <summary>A client organization is a tenant that buys AI work; a vendor organization is invited to do it.</summary>
public enum OrganizationKind
{
    Client,
    Vendor,
}
