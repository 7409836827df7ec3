using System.Security.Claims;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Portal.Identity;

/// <summary>
/// Who may use what, in one place: the navigation shows an area only to the roles listed here, and the area's pages
/// require the same policy, so a link is never shown for a page that would refuse, and vice versa.
/// </summary>
public static class PortalAreas
{
    public static readonly IReadOnlyList<PortalArea> All =
    [
        new(PortalPolicies.Organizations, "Organizations", "Create, suspend and reactivate client and vendor organizations.",
            [PortalRoles.HostOperator]),
        new(PortalPolicies.SystemStatus, "System status", "Health of the gateway and every service behind it.",
            [PortalRoles.HostOperator]),
        new(PortalPolicies.VendorImport, "Vendor import", "Register or update vendors in the registry from a CSV file.",
            [PortalRoles.HostOperator]),
        new(PortalPolicies.Invitations, "Invitations", "Briefs your vendor organization was invited to answer.",
            [PortalRoles.VendorUser, PortalRoles.VendorAdmin]),
        new(PortalPolicies.OurProfile, "Our profile", "Your organization's profile and certifications in the vendor registry.",
            [PortalRoles.VendorUser, PortalRoles.VendorAdmin]),
        new(PortalPolicies.Assessment, "Assessment", "Should this AI initiative be outsourced, and how?",
            [PortalRoles.OrgAdmin, PortalRoles.Evaluator, PortalRoles.Executive]),
        new(PortalPolicies.Vendors, "Vendors", "Find, brief, score and award vendors.",
            [PortalRoles.OrgAdmin, PortalRoles.Evaluator]),
        new(PortalPolicies.Briefs, "Briefs", "Briefs (RFPs) to vendors, their responses and clarifications.",
            [PortalRoles.OrgAdmin, PortalRoles.Evaluator, PortalRoles.Executive]),
        new(PortalPolicies.Engagements, "Engagements", "Phases, gates, reviews and handover.",
            [PortalRoles.OrgAdmin, PortalRoles.Evaluator, PortalRoles.Executive, PortalRoles.VendorUser, PortalRoles.VendorAdmin]),
        new(PortalPolicies.Reporting, "Reporting", "Portfolio dashboards for executives.",
            [PortalRoles.OrgAdmin, PortalRoles.Executive]),
        new(PortalPolicies.People, "People", "Invite people to your organization and set their roles.",
            [PortalRoles.OrgAdmin]),
        new(PortalPolicies.ApiClients, "API clients", "Credentials for programs that call the APIs for your organization.",
            [PortalRoles.OrgAdmin, PortalRoles.VendorAdmin]),
        new(PortalPolicies.AuditLog, "Audit log", "Who changed what, and when, across the whole portal.",
            [PortalRoles.OrgAdmin]),
    ];

    public static IEnumerable<PortalArea> VisibleTo(ClaimsPrincipal user) =>
        All.Where(area => area.Roles.Any(user.IsInRole));
}
