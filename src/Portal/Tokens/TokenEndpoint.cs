using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Net.Http.Headers;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Portal.ApiClients;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.Tokens;

public static class TokenEndpoint
{
    /// <summary>The OAuth 2.0 token endpoint, client-credentials grant only. Anonymous: the client authenticates here.</summary>
    public static IEndpointRouteBuilder MapTokenEndpoint(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(PortalTokens.TokenPath, IssueAsync)
            .WithFormOptions(valueCountLimit: 16, valueLengthLimit: 4096)
            .ExcludeFromDescription();
        return endpoints;
    }

    private static async Task<Results<JsonHttpResult<TokenResponse>, JsonHttpResult<TokenError>>> IssueAsync(
        HttpContext context, ApiClientAuthenticator authenticator, AccessTokenIssuer issuer, ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        // RFC 6749 §5.1: neither tokens nor errors may be cached.
        context.Response.Headers.CacheControl = "no-store";
        context.Response.Headers.Pragma = "no-cache";

        var (request, error) = await TokenRequest.ReadAsync(context.Request, cancellationToken);
        if (request is null)
        {
            return Refuse(context, error!);
        }

        var authenticated = await authenticator.AuthenticateAsync(request.ClientId, request.ClientSecret, cancellationToken);
        var logger = loggers.CreateLogger(typeof(TokenEndpoint));
        if (authenticated is null)
        {
            logger.LogWarning("Token refused: unknown client {ClientId}, wrong secret or revoked", request.ClientId);
            return Refuse(context, TokenError.InvalidClient("The client credentials are not valid."));
        }

        var (client, organization) = authenticated;
        if (organization.Status != OrganizationStatus.Active)
        {
            logger.LogWarning("Token refused: client {ClientId} belongs to suspended organization {OrganizationId}", client.ClientId, organization.Id);
            return Refuse(context, TokenError.UnauthorizedClient("The client's organization is suspended."));
        }

        var token = issuer.Issue(AccessTokenClaims.ForApiClient(client.Id, client.ClientId, client.Name, client.Roles, organization));
        logger.LogInformation("Token issued to client {ClientId}", client.ClientId);
        return TypedResults.Json(new TokenResponse(token.Token, "Bearer", (int)TokenIssuerOptions.TokenLifetime.TotalSeconds));
    }

    private static JsonHttpResult<TokenError> Refuse(HttpContext context, TokenError error)
    {
        if (error.StatusCode == StatusCodes.Status401Unauthorized)
        {
            context.Response.Headers.WWWAuthenticate = "Basic realm=\"outsourcing-portal\"";
        }
        return TypedResults.Json(error, statusCode: error.StatusCode);
    }
}
