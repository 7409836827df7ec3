using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.Portal.Identity;

namespace OutsourcingPortal.Portal.Tokens;

/// <summary>
/// Gives a signed-in person their own API access token, so they (or their scripts, or our tests) can call the APIs
/// exactly as the portal does for them. A GET that only same-origin pages can read; never cached.
/// </summary>
public static class PersonalAccessTokenEndpoints
{
    public const string Path = "/account/access-token";

    public static IEndpointRouteBuilder MapPersonalAccessTokenEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(Path, Issue).AllowAnonymous().ExcludeFromDescription();
        return endpoints;
    }

    // Anonymous at the routing level so that a missing cookie answers 401, not a redirect to the sign-in page.
    private static Results<Ok<PersonalAccessToken>, ProblemHttpResult> Issue(HttpContext context, AccessTokenIssuer issuer)
    {
        context.Response.Headers.CacheControl = "no-store";
        if (SignedInPerson.From(context.User) is not { } person)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in to get an access token.");
        }
        var token = issuer.Issue(AccessTokenClaims.ForPerson(person));
        return TypedResults.Ok(new PersonalAccessToken(token.Token, "Bearer", token.ExpiresAt));
    }
}
