using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;

namespace OutsourcingPortal.Portal.Identity;

/// <summary>
/// Re-checks the person behind a live circuit every minute: a changed security stamp (role changed, organization
/// suspended) ends the circuit's sign-in, as the cookie's own validation does for new requests.
/// </summary>
internal sealed class PortalRevalidatingAuthenticationStateProvider(ILoggerFactory loggerFactory, IServiceScopeFactory scopeFactory)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => IdentityExtensions.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var signInManager = scope.ServiceProvider.GetRequiredService<SignInManager<PortalUser>>();
        return await signInManager.ValidateSecurityStampAsync(authenticationState.User) is { } user
            && await signInManager.CanSignInAsync(user);
    }
}
