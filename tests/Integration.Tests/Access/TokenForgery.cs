using System.Security.Claims;
using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Tenancy;

namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>
/// Mints tokens the way an attacker with some knowledge would, and one the portal's real key signs but with broken
/// claims (the key is read from portaldb as the superuser): proof that the APIs check more than the signature.
/// </summary>
public sealed class TokenForgery : IDisposable
{
    private readonly RSA _portalKey;
    private readonly string _kid;

    private TokenForgery(RSA portalKey, string kid)
    {
        _portalKey = portalKey;
        _kid = kid;
    }

    public static async Task<TokenForgery> CreateAsync(AppFixture fixture)
    {
        await using var connection = ServiceDatabases.Superuser(fixture, "portaldb");
        await connection.OpenAsync();
        var (kid, pem) = (await CatalogTests.ReadAsync(connection,
            "select kid, pem from signing_keys where retired_at is null", row => (row.GetString(0), row.GetString(1)))).Single();
        var key = RSA.Create();
        key.ImportFromPem(pem);
        return new TokenForgery(key, kid);
    }

    /// <summary>Northwind's org admin, as the portal would issue it unless told otherwise.</summary>
    public string Mint(
        DateTime? expires = null, string issuer = "http://portal", string audience = PortalTokens.Audience,
        RSA? signingKey = null, Guid? tenant = null)
    {
        var now = DateTime.UtcNow;
        var notBefore = expires is { } end && end < now ? end.AddMinutes(-10) : now;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            IssuedAt = notBefore,
            NotBefore = notBefore,
            Expires = expires ?? now.AddMinutes(10),
            Subject = new ClaimsIdentity(
            [
                new Claim(PortalClaims.Subject, Guid.NewGuid().ToString()),
                new Claim(PortalClaims.Name, "Forger"),
                new Claim(PortalClaims.Role, PortalRoles.OrgAdmin),
                new Claim(PortalClaims.TenantId, (tenant ?? DemoDirectory.Northwind).ToString()),
            ]),
            SigningCredentials = new SigningCredentials(
                new RsaSecurityKey(signingKey ?? _portalKey)
                {
                    KeyId = _kid,
                    // Each test disposes its keys; a cached signer would outlive them.
                    CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false },
                },
                SecurityAlgorithms.RsaSha256),
        });
    }

    /// <summary>A real token whose payload is swapped for another after signing.</summary>
    public static string WithPayloadOf(string token, string other)
    {
        var parts = token.Split('.');
        return $"{parts[0]}.{other.Split('.')[1]}.{parts[2]}";
    }

    /// <summary>The classic: header says "none", no signature at all.</summary>
    public static string WithoutSignature(string token)
    {
        var header = Base64UrlEncoder.Encode("""{"alg":"none","typ":"JWT"}""");
        return $"{header}.{token.Split('.')[1]}.";
    }

    public void Dispose() => _portalKey.Dispose();
}
