using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Portal.Data;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.Identity;

/// <summary>Puts the person's display name and organization into the sign-in cookie, next to Identity's own claims.</summary>
internal sealed class PortalClaimsPrincipalFactory(
    UserManager<PortalUser> userManager,
    RoleManager<IdentityRole<Guid>> roleManager,
    IOptions<IdentityOptions> options,
    PortalDbContext db)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole<Guid>>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(PortalClaims.Name, user.DisplayName));
        if (user.OrganizationId is { } organizationId)
        {
            var organization = await db.Organizations.AsNoTracking().SingleAsync(organization => organization.Id == organizationId);
            var organizationClaim = organization.Kind == OrganizationKind.Client ? PortalClaims.TenantId : PortalClaims.VendorId;
            identity.AddClaim(new Claim(organizationClaim, organizationId.ToString("D", CultureInfo.InvariantCulture)));
            identity.AddClaim(new Claim(PortalUserClaims.OrganizationName, organization.Name));
        }
        return identity;
    }
}
