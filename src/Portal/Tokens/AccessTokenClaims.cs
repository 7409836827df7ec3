using System.Globalization;
using System.Security.Claims;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Portal.Identity;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.Tokens;

/// <summary>
/// What an access token says about its subject. A client organization's people and clients carry
/// <see cref="PortalClaims.TenantId"/>, a vendor organization's carry <see cref="PortalClaims.VendorId"/>, the host
/// operator neither. <c>sub</c> is always a UUID, so the APIs can record it as the actor.
/// </summary>
public static class AccessTokenClaims
{
    public static IEnumerable<Claim> ForPerson(SignedInPerson person)
    {
        yield return new Claim(PortalClaims.Subject, Format(person.UserId));
        yield return new Claim(PortalClaims.Name, person.DisplayName);
        yield return new Claim(PortalClaims.Email, person.Email);
        foreach (var claim in RolesAndOrganization(person.Roles, person.OrganizationId, person.OrganizationKind))
        {
            yield return claim;
        }
    }

    public static IEnumerable<Claim> ForApiClient(Guid id, string clientId, string name, IEnumerable<string> roles, Organization organization)
    {
        yield return new Claim(PortalClaims.Subject, Format(id));
        yield return new Claim(PortalClaims.ClientId, clientId);
        yield return new Claim(PortalClaims.Name, name);
        foreach (var claim in RolesAndOrganization(roles, organization.Id, organization.Kind))
        {
            yield return claim;
        }
    }

    private static IEnumerable<Claim> RolesAndOrganization(IEnumerable<string> roles, Guid? organizationId, OrganizationKind? kind)
    {
        foreach (var role in roles)
        {
            yield return new Claim(PortalClaims.Role, role);
        }
        if (organizationId is { } id && kind is { } organizationKind)
        {
            yield return new Claim(organizationKind == OrganizationKind.Client ? PortalClaims.TenantId : PortalClaims.VendorId, Format(id));
        }
    }

    private static string Format(Guid id) => id.ToString("D", CultureInfo.InvariantCulture);
}
