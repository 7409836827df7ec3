using System.Security.Claims;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.BuildingBlocks.Tenancy;

/// <summary>
/// Who a unit of work acts for, read from the validated access token: a person or an API client, the client
/// organization (tenant) or vendor organization it belongs to, and whether it is the host operator.
/// </summary>
public sealed record RequestActor(Guid? Id, string Name, Guid? TenantId, Guid? VendorId, bool IsHostOperator)
{
    /// <summary>No one: every tenant table reads as empty and refuses writes.</summary>
    public static readonly RequestActor Nobody = new(null, "anonymous", null, null, false);

    public static RequestActor From(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return Nobody;
        }
        var subject = user.FindFirstValue(PortalClaims.Subject);
        return new RequestActor(
            Guid.TryParse(subject, out var id) ? id : null,
            user.FindFirstValue(PortalClaims.Name) ?? user.FindFirstValue(PortalClaims.ClientId) ?? subject ?? "unknown",
            GuidClaim(user, PortalClaims.TenantId),
            GuidClaim(user, PortalClaims.VendorId),
            user.IsInRole(PortalRoles.HostOperator));
    }

    private static Guid? GuidClaim(ClaimsPrincipal user, string type) =>
        Guid.TryParse(user.FindFirstValue(type), out var value) ? value : null;
}
