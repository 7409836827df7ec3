using System.Diagnostics.CodeAnalysis;
using System.Security.Claims;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Portal.Audit;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.Identity;

/// <summary>The signed-in person as the portal's features need them, read from the claims of the sign-in cookie.</summary>
public sealed record SignedInPerson(
    Guid UserId,
    string DisplayName,
    string Email,
    IReadOnlyList<string> Roles,
    Guid? OrganizationId,
    OrganizationKind? OrganizationKind,
    string? OrganizationName)
{
    /// <summary>Null for an anonymous principal or one that did not come from the portal's sign-in.</summary>
    public static SignedInPerson? From(ClaimsPrincipal principal)
    {
        if (principal.Identity?.IsAuthenticated != true
            || !Guid.TryParse(principal.FindFirstValue(PortalClaims.Subject), out var userId))
        {
            return null;
        }

        var (organizationId, kind) =
            Guid.TryParse(principal.FindFirstValue(PortalClaims.TenantId), out var tenantId) ? (tenantId, Organizations.OrganizationKind.Client)
            : Guid.TryParse(principal.FindFirstValue(PortalClaims.VendorId), out var vendorId) ? (vendorId, Organizations.OrganizationKind.Vendor)
            : ((Guid?)null, (OrganizationKind?)null);

        return new SignedInPerson(
            userId,
            principal.FindFirstValue(PortalClaims.Name) ?? string.Empty,
            principal.FindFirstValue(PortalClaims.Email) ?? string.Empty,
            principal.FindAll(PortalClaims.Role).Select(claim => claim.Value).ToList(),
            organizationId,
            kind,
            principal.FindFirstValue(PortalUserClaims.OrganizationName));
    }

    /// <summary>For pages that require sign-in: their principal always comes from the portal's cookie.</summary>
    public static SignedInPerson Require(ClaimsPrincipal principal) =>
        From(principal) ?? throw new InvalidOperationException("The page requires a signed-in person.");

    public AuditActor AsActor => new(UserId, DisplayName);

    /// <summary>The organization of an administrator, who may only ever act on their own.</summary>
    [MemberNotNull(nameof(OrganizationId), nameof(OrganizationKind))]
    public Guid RequireOrganizationId()
    {
        if (OrganizationId is null || OrganizationKind is null)
        {
            throw new InvalidOperationException($"{Email} belongs to no organization.");
        }
        return OrganizationId.Value;
    }
}
