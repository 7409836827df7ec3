using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OutsourcingPortal.Contracts.Identity;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Validates the portal's access tokens: RS256 JWTs whose keys and issuer come from the portal's OpenID Connect
/// discovery document, fetched through service discovery and refreshed when an unknown key appears.
/// </summary>
public static class AuthenticationExtensions
{
    private const string MetadataClientName = "identity-metadata";

    /// <summary>
    /// Registers JWT bearer authentication against <c>Identity:Authority</c> (default <c>http://portal</c>, a
    /// service-discovery name) and an authorization fallback policy: every endpoint needs a valid token unless it
    /// says <c>AllowAnonymous</c>.
    /// </summary>
    public static TBuilder AddDefaultAuthentication<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddHttpClient(MetadataClientName);
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder.Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IConfiguration, IHttpClientFactory>((options, configuration, httpClients) =>
            {
                var authority = (configuration["Identity:Authority"] ?? "http://portal").TrimEnd('/');
                options.MetadataAddress = authority + PortalTokens.DiscoveryPath;
                // Service-to-service traffic stays inside the deployment; TLS is terminated in front of the gateway.
                options.RequireHttpsMetadata = false;
                options.Backchannel = httpClients.CreateClient(MetadataClientName);
                options.MapInboundClaims = false;
                options.TokenValidationParameters.ValidAudience = PortalTokens.Audience;
                options.TokenValidationParameters.NameClaimType = PortalClaims.Name;
                options.TokenValidationParameters.RoleClaimType = PortalClaims.Role;
                options.Events = new JwtBearerEvents { OnChallenge = WriteChallengeAsync, OnForbidden = WriteForbiddenAsync };
            });
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder(JwtBearerDefaults.AuthenticationScheme)
                .RequireAuthenticatedUser()
                .Build());
        return builder;
    }

    // RFC 6750 asks for WWW-Authenticate; our conventions ask for a problem body as well.
    private static Task WriteChallengeAsync(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        return WriteProblemAsync(context.HttpContext, "Authentication is required.",
            context.AuthenticateFailure is null
                ? "Send an access token from the portal in the Authorization header (Bearer)."
                : "The access token is invalid or has expired; get a new one from the portal.");
    }

    private static Task WriteForbiddenAsync(ForbiddenContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        return WriteProblemAsync(context.HttpContext, "Your role may not do this.",
            "The access token is valid, but none of its roles is allowed to use this endpoint.");
    }

    private static async Task WriteProblemAsync(HttpContext httpContext, string title, string detail)
    {
        var problems = httpContext.RequestServices.GetRequiredService<IProblemDetailsService>();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = httpContext.Response.StatusCode, Title = title, Detail = detail },
        });
    }
}
