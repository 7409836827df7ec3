using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Portal.Tokens;

public static class DiscoveryEndpoints
{
    /// <summary>Anonymous, as the APIs fetch them before they can authenticate anything.</summary>
    public static IEndpointRouteBuilder MapDiscoveryEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(PortalTokens.DiscoveryPath, GetDiscoveryDocument).ExcludeFromDescription();
        endpoints.MapGet(PortalTokens.KeysPath, GetKeys).ExcludeFromDescription();
        return endpoints;
    }

    private static DiscoveryDocument GetDiscoveryDocument(IOptions<TokenIssuerOptions> options)
    {
        var issuer = options.Value.IssuerName;
        return new DiscoveryDocument(
            issuer,
            JwksUri: issuer + PortalTokens.KeysPath,
            TokenEndpoint: issuer + PortalTokens.TokenPath,
            GrantTypesSupported: [TokenRequest.ClientCredentialsGrant],
            TokenEndpointAuthMethodsSupported: ["client_secret_basic", "client_secret_post"],
            IdTokenSigningAlgValuesSupported: [SecurityAlgorithms.RsaSha256]);
    }

    private static JsonWebKeySetDocument GetKeys(SigningKeyStore keys)
    {
        var jwk = keys.Active.PublicJwk;
        return new JsonWebKeySetDocument([new PublicJsonWebKey(jwk.Kty, jwk.Use, jwk.Alg, jwk.Kid, jwk.N, jwk.E)]);
    }
}
