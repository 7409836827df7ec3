using System.Security.Claims;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Portal.Tokens;

/// <summary>Signs access tokens for the APIs: RS256 JWTs from the portal, for <see cref="PortalTokens.Audience"/>, ten minutes long.</summary>
public sealed class AccessTokenIssuer(SigningKeyStore keys, IOptions<TokenIssuerOptions> options, TimeProvider clock)
{
    // RFC 9068: marks the JWT as an access token, so it cannot be passed off as another kind of JWT.
    private const string AccessTokenType = "at+jwt";

    private readonly JsonWebTokenHandler handler = new();

    public IssuedAccessToken Issue(IEnumerable<Claim> subjectClaims)
    {
        var now = clock.GetUtcNow();
        var expiresAt = now + TokenIssuerOptions.TokenLifetime;
        var identity = new ClaimsIdentity(subjectClaims);
        identity.AddClaim(new Claim(JwtRegisteredClaimNames.Jti, Guid.NewGuid().ToString("N")));

        var token = handler.CreateToken(new SecurityTokenDescriptor
        {
            Issuer = options.Value.IssuerName,
            Audience = PortalTokens.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = expiresAt.UtcDateTime,
            Subject = identity,
            SigningCredentials = keys.Active.Credentials,
            TokenType = AccessTokenType,
        });
        return new IssuedAccessToken(token, expiresAt);
    }
}
