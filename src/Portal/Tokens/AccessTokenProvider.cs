using Microsoft.AspNetCore.Components.Authorization;
using OutsourcingPortal.Portal.Identity;

namespace OutsourcingPortal.Portal.Tokens;

/// <summary>
/// The signed-in person's access token inside interactive components (one per circuit). The person comes from the
/// <see cref="AuthenticationStateProvider"/>, because a circuit outlives the HTTP request that started it.
/// </summary>
public sealed class AccessTokenProvider(AuthenticationStateProvider authenticationState, AccessTokenIssuer issuer, TimeProvider clock)
{
    // A token about to expire could lapse between being read here and being checked by an API.
    private static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(1);

    private IssuedAccessToken? cached;
    private Guid cachedFor;

    public async Task<string> GetAccessTokenAsync()
    {
        var state = await authenticationState.GetAuthenticationStateAsync();
        var person = SignedInPerson.From(state.User)
            ?? throw new InvalidOperationException("No one is signed in, so there is no access token to send.");

        if (cached is null || cachedFor != person.UserId || cached.ExpiresAt - RenewBeforeExpiry <= clock.GetUtcNow())
        {
            cached = issuer.Issue(AccessTokenClaims.ForPerson(person));
            cachedFor = person.UserId;
        }
        return cached.Token;
    }
}
