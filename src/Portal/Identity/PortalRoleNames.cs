using System.Security.Claims;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Portal.Identity;

/// <summary>Role lists as <c>AuthorizeView Roles</c> takes them (comma-separated).</summary>
public static class PortalRoleNames
{
    /// <summary>Who may change a client organization's work: org admins and evaluators, never executives.</summary>
    public const string Editors = PortalRoles.OrgAdmin + "," + PortalRoles.Evaluator;

    public static bool IsEditor(ClaimsPrincipal user) => user.IsInRole(PortalRoles.OrgAdmin) || user.IsInRole(PortalRoles.Evaluator);
}
