using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;

namespace OutsourcingPortal.Portal.Identity;

public static class AccountEndpoints
{
    /// <summary>Sign-out is a POST carrying the antiforgery token, so no other site can sign a person out.</summary>
    public static IEndpointRouteBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(IdentityExtensions.LogoutPath, SignOutAsync).ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<RedirectHttpResult, ProblemHttpResult>> SignOutAsync(
        HttpContext context, IAntiforgery antiforgery, SignInManager<PortalUser> signInManager)
    {
        if (!await antiforgery.IsRequestValidAsync(context))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The sign-out form has expired; reload the page and try again.");
        }
        await signInManager.SignOutAsync();
        return TypedResults.LocalRedirect("~" + IdentityExtensions.LoginPath);
    }
}
