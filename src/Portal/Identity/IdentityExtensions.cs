using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Identity;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Portal.Data;

namespace OutsourcingPortal.Portal.Identity;

public static class IdentityExtensions
{
    public const string LoginPath = "/account/login";
    public const string LogoutPath = "/account/logout";
    public const string AccessDeniedPath = "/account/access-denied";

    /// <summary>How soon a suspension or role change reaches people who are already signed in.</summary>
    public static readonly TimeSpan RevalidationInterval = TimeSpan.FromMinutes(1);

    /// <summary>
    /// ASP.NET Core Identity on portaldb with the portal's rules: strong passwords, lockout after five failures for
    /// fifteen minutes, a cookie that scripts cannot read, and one authorization policy per area.
    /// </summary>
    public static IHostApplicationBuilder AddPortalIdentity(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, PortalRevalidatingAuthenticationStateProvider>();
        services.AddHttpContextAccessor();

        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = LoginPath;
            cookie.LogoutPath = LogoutPath;
            cookie.AccessDeniedPath = AccessDeniedPath;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            // The gateway serves plain HTTP on loopback; behind TLS the cookie becomes Secure by itself.
            cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
            cookie.SlidingExpiration = true;
        });
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = RevalidationInterval);

        services.AddIdentityCore<PortalUser>(options =>
            {
                options.Password.RequiredLength = 12;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Password.RequireDigit = true;
                options.Password.RequireNonAlphanumeric = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
                options.User.RequireUniqueEmail = true;
                // The cookie speaks the access token's claim names, so tokens are built from it without translation.
                options.ClaimsIdentity.UserIdClaimType = PortalClaims.Subject;
                options.ClaimsIdentity.EmailClaimType = PortalClaims.Email;
                options.ClaimsIdentity.RoleClaimType = PortalClaims.Role;
            })
            .AddRoles<IdentityRole<Guid>>()
            .AddEntityFrameworkStores<PortalDbContext>()
            .AddSignInManager<PortalSignInManager>()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        services.AddAuthorizationBuilder().AddPortalAreaPolicies();
        return builder;
    }

    private static void AddPortalAreaPolicies(this AuthorizationBuilder authorization)
    {
        foreach (var area in PortalAreas.All)
        {
            authorization.AddPolicy(area.Policy, policy => policy.RequireRole(area.Roles));
        }
    }
}
