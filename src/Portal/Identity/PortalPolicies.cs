namespace OutsourcingPortal.Portal.Identity;

/// <summary>
/// One authorization policy per area of the portal, named like the area's path. Constants, so pages can name them
/// in <c>[Authorize(Policy = ...)]</c>; which roles each admits is in <see cref="PortalAreas"/>.
/// </summary>
public static class PortalPolicies
{
    public const string Organizations = "organizations";
    public const string SystemStatus = "status";
    public const string VendorImport = "vendor-import";
    public const string Invitations = "invitations";
    public const string OurProfile = "our-profile";
    public const string Assessment = "assessment";
    public const string Vendors = "vendors";
    public const string Briefs = "briefs";
    public const string Engagements = "engagements";
    public const string Reporting = "reporting";
    public const string People = "people";
    public const string ApiClients = "api-clients";
    public const string AuditLog = "audit-log";
}
