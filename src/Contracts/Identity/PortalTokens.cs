namespace OutsourcingPortal.Contracts.Identity;

/// <summary>What the portal (the token issuer) and every API agree on.</summary>
public static class PortalTokens
{
    /// <summary>The <c>aud</c> of every access token the portal issues for the APIs.</summary>
    public const string Audience = "outsourcing-portal-api";

    /// <summary>The issuer's discovery document, relative to its base address (OpenID Connect Discovery 1.0).</summary>
    public const string DiscoveryPath = "/.well-known/openid-configuration";

    /// <summary>The issuer's public signing keys (RFC 7517).</summary>
    public const string KeysPath = "/.well-known/jwks.json";

    /// <summary>The OAuth 2.0 token endpoint; API clients use the client-credentials grant (RFC 6749 §4.4).</summary>
    public const string TokenPath = "/connect/token";
}
