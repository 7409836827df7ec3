using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using OutsourcingPortal.Portal.Data;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.Identity;

/// <summary>Identity's sign-in, plus the portal's rule that nobody of a suspended organization signs in.</summary>
public sealed class PortalSignInManager(
    UserManager<PortalUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<PortalUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<PortalUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<PortalUser> confirmation,
    PortalDbContext db)
    : SignInManager<PortalUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    public override async Task<bool> CanSignInAsync(PortalUser user)
    {
        if (!await base.CanSignInAsync(user))
        {
            return false;
        }
        return user.OrganizationId is not { } organizationId
            || await db.Organizations.AnyAsync(organization =>
                organization.Id == organizationId && organization.Status == OrganizationStatus.Active);
    }
}
