using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.BuildingBlocks.Security;

/// <summary>
/// Who may call what, named once for all services. Tenant policies also need the token's tenant, vendor policies
/// its vendor, so a role claim alone never opens tenant data.
/// </summary>
public static class AccessPolicies
{
    /// <summary>Read a client organization's own data: every role of a client organization.</summary>
    public const string TenantReader = "tenant-reader";

    /// <summary>Change a client organization's own data: org admins and evaluators, never executives.</summary>
    public const string TenantEditor = "tenant-editor";

    /// <summary>Administer a client organization (audit log, settings).</summary>
    public const string TenantAdmin = "tenant-admin";

    /// <summary>People of a vendor organization, acting for that vendor only.</summary>
    public const string VendorMember = "vendor-member";

    /// <summary>Client organizations reading their data, or vendors reading what they take part in.</summary>
    public const string TenantReaderOrVendor = "tenant-reader-or-vendor";

    /// <summary>The shared vendor registry: client organizations, the host operator, and a vendor for its own profile.</summary>
    public const string RegistryReader = "registry-reader";

    /// <summary>The whole registry at once (exports): client organizations and the host operator, not a vendor.</summary>
    public const string RegistryBrowser = "registry-browser";

    /// <summary>Keep a vendor's profile: that vendor's admins (row-level security confines them to it), or the host operator.</summary>
    public const string VendorProfileEditor = "vendor-profile-editor";

    /// <summary>The operator of the deployment.</summary>
    public const string HostOperator = "host-operator";

    public static IServiceCollection AddAccessPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(TenantReader, policy => policy.RequireClaim(PortalClaims.TenantId).RequireRole(PortalRoles.ClientRoles))
            .AddPolicy(TenantEditor, policy => policy.RequireClaim(PortalClaims.TenantId).RequireRole(PortalRoles.OrgAdmin, PortalRoles.Evaluator))
            .AddPolicy(TenantAdmin, policy => policy.RequireClaim(PortalClaims.TenantId).RequireRole(PortalRoles.OrgAdmin))
            .AddPolicy(VendorMember, policy => policy.RequireClaim(PortalClaims.VendorId).RequireRole(PortalRoles.VendorUser))
            .AddPolicy(TenantReaderOrVendor, policy => policy.RequireAssertion(context =>
                IsTenantReader(context.User) || IsVendorMember(context.User)))
            .AddPolicy(RegistryReader, policy => policy.RequireAssertion(context =>
                IsTenantReader(context.User) || IsVendorMember(context.User) || context.User.IsInRole(PortalRoles.HostOperator)))
            .AddPolicy(RegistryBrowser, policy => policy.RequireAssertion(context =>
                IsTenantReader(context.User) || context.User.IsInRole(PortalRoles.HostOperator)))
            .AddPolicy(VendorProfileEditor, policy => policy.RequireAssertion(context =>
                (context.User.HasClaim(claim => claim.Type == PortalClaims.VendorId) && context.User.IsInRole(PortalRoles.VendorAdmin))
                || context.User.IsInRole(PortalRoles.HostOperator)))
            .AddPolicy(HostOperator, policy => policy.RequireRole(PortalRoles.HostOperator));
        return services;
    }

    private static bool IsTenantReader(ClaimsPrincipal user) =>
        user.HasClaim(claim => claim.Type == PortalClaims.TenantId) && PortalRoles.ClientRoles.Any(user.IsInRole);

    private static bool IsVendorMember(ClaimsPrincipal user) =>
        user.HasClaim(claim => claim.Type == PortalClaims.VendorId) && user.IsInRole(PortalRoles.VendorUser);
}
