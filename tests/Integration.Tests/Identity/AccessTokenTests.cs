using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Browser;

namespace OutsourcingPortal.Integration.Tests.Identity;

[Collection(AppCollection.Name)]
public sealed class AccessTokenTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly JsonWebTokenHandler _handler = new();
    private BrowserSession _browser = null!;

    private Uri Gateway => fixture.App.GetEndpoint("gateway");

    public async Task InitializeAsync() => _browser = await BrowserSession.StartAsync();

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    public static TheoryData<string, string, string> ClientRoles => new()
    {
        { "admin@northwind.demo", PortalRoles.OrgAdmin, PortalClaims.TenantId },
        { "admin@northwind.demo", PortalRoles.Evaluator, PortalClaims.TenantId },
        { "admin@contoso.demo", PortalRoles.Executive, PortalClaims.TenantId },
        { "team@neuralworks.demo", PortalRoles.VendorUser, PortalClaims.VendorId },
        { "team@dataforge.demo", PortalRoles.VendorAdmin, PortalClaims.VendorId },
    };

    [Fact]
    public async Task The_discovery_document_and_keys_are_what_JwtBearer_reads()
    {
        var configuration = await PortalIssuer.GetConfigurationAsync(fixture.Gateway);

        Assert.Equal(PortalIssuer.Issuer, configuration.Issuer);
        Assert.Equal(PortalIssuer.Issuer + PortalTokens.KeysPath, configuration.JwksUri);
        Assert.Equal(PortalIssuer.Issuer + PortalTokens.TokenPath, configuration.TokenEndpoint);
        Assert.Contains("client_credentials", configuration.GrantTypesSupported);
        Assert.Contains(SecurityAlgorithms.RsaSha256, configuration.IdTokenSigningAlgValuesSupported);
        var key = Assert.Single(configuration.JsonWebKeySet.Keys);
        Assert.Equal("RSA", key.Kty);
        Assert.Equal("sig", key.Use);
        Assert.False(key.HasPrivateKey);
        Assert.Null(key.D);
    }

    [Theory]
    [MemberData(nameof(ClientRoles))]
    public async Task A_client_credentials_token_carries_the_clients_role_and_organization(string admin, string role, string organizationClaim)
    {
        var client = await _browser.CreateApiClientAsync(Gateway, admin, $"Token claims {role}", role);
        var configuration = await PortalIssuer.GetConfigurationAsync(fixture.Gateway);

        var token = await TokenEndpointClient.GetAccessTokenAsync(fixture.Gateway, client);
        var result = await _handler.ValidateTokenAsync(token, ValidationFor(configuration));

        Assert.True(result.IsValid, result.Exception?.Message);
        var jwt = (JsonWebToken)result.SecurityToken;
        Assert.Equal(SecurityAlgorithms.RsaSha256, jwt.Alg);
        Assert.Equal(configuration.JsonWebKeySet.Keys.Single().Kid, jwt.Kid);
        Assert.Equal("at+jwt", jwt.Typ);
        Assert.Equal(TimeSpan.FromMinutes(10), jwt.ValidTo - jwt.IssuedAt);
        Assert.True(Guid.TryParse(jwt.Subject, out _));
        Assert.Equal(client.Id, jwt.GetClaim(PortalClaims.ClientId).Value);
        var roles = jwt.Claims.Where(claim => claim.Type == PortalClaims.Role).Select(claim => claim.Value).Order().ToList();
        Assert.Equal(role == PortalRoles.VendorAdmin ? [PortalRoles.VendorAdmin, PortalRoles.VendorUser] : [role], roles);
        var expectedOrganization = DemoDirectory.Accounts.Single(account => account.Email == admin).OrganizationId!.Value;
        Assert.Equal(expectedOrganization, Guid.Parse(jwt.GetClaim(organizationClaim).Value));
        var otherClaim = organizationClaim == PortalClaims.TenantId ? PortalClaims.VendorId : PortalClaims.TenantId;
        Assert.False(jwt.TryGetClaim(otherClaim, out _));
    }

    [Fact]
    public async Task Tokens_that_are_tampered_with_forged_expired_or_for_another_audience_are_rejected()
    {
        var client = await _browser.CreateApiClientAsync(Gateway, "admin@contoso.demo", "Rejections", PortalRoles.Evaluator);
        var configuration = await PortalIssuer.GetConfigurationAsync(fixture.Gateway);
        var token = await TokenEndpointClient.GetAccessTokenAsync(fixture.Gateway, client);
        var real = _handler.ReadJsonWebToken(token);

        var tampered = await _handler.ValidateTokenAsync(WithPayload(token, PortalClaims.Role, PortalRoles.OrgAdmin), ValidationFor(configuration));
        var forged = await _handler.ValidateTokenAsync(SignedByAnotherKey(real), ValidationFor(configuration));
        var unsigned = await _handler.ValidateTokenAsync(Unsigned(real), ValidationFor(configuration));
        var portalKey = await PortalSigningKey.ReadAsync(fixture.App.GetConnectionString("portaldb"));
        var expired = await _handler.ValidateTokenAsync(SignedByPortal(real, portalKey, expiredMinutesAgo: 1), ValidationFor(configuration));
        var otherAudience = await _handler.ValidateTokenAsync(SignedByPortal(real, portalKey, audience: "some-other-api"), ValidationFor(configuration));
        var portalSigned = await _handler.ValidateTokenAsync(SignedByPortal(real, portalKey), ValidationFor(configuration));
        var valid = await _handler.ValidateTokenAsync(token, ValidationFor(configuration));

        Assert.True(valid.IsValid, valid.Exception?.Message);
        Assert.True(portalSigned.IsValid, portalSigned.Exception?.Message);
        Assert.IsType<SecurityTokenInvalidSignatureException>(tampered.Exception);
        Assert.IsType<SecurityTokenInvalidSignatureException>(forged.Exception);
        Assert.False(unsigned.IsValid);
        Assert.IsType<SecurityTokenExpiredException>(expired.Exception);
        Assert.IsType<SecurityTokenInvalidAudienceException>(otherAudience.Exception);
    }

    private static TokenValidationParameters ValidationFor(OpenIdConnectConfiguration configuration) => new()
    {
        ValidIssuer = PortalIssuer.Issuer,
        ValidAudience = PortalTokens.Audience,
        IssuerSigningKeys = configuration.SigningKeys,
        ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
        ClockSkew = TimeSpan.Zero,
    };

    /// <summary>The real header and signature over a payload with one claim changed.</summary>
    private static string WithPayload(string token, string claim, string value)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Base64UrlEncoder.Decode(parts[1]))!;
        payload[claim] = value;
        return $"{parts[0]}.{Base64UrlEncoder.Encode(payload.ToJsonString())}.{parts[2]}";
    }

    /// <summary>The same claims signed by an attacker's key that claims the portal's key id.</summary>
    private string SignedByAnotherKey(JsonWebToken real)
    {
        using var attacker = RSA.Create(2048);
        return _handler.CreateToken(Describe(real, new SigningCredentials(new RsaSecurityKey(attacker) { KeyId = real.Kid }, SecurityAlgorithms.RsaSha256)));
    }

    private string Unsigned(JsonWebToken real) => _handler.CreateToken(Describe(real, signingCredentials: null));

    /// <summary>Signed with the portal's own key, so only the lifetime or the audience can make it invalid.</summary>
    private string SignedByPortal(JsonWebToken real, RsaSecurityKey portalKey, int expiredMinutesAgo = 0, string audience = PortalTokens.Audience)
    {
        var descriptor = Describe(real, new SigningCredentials(portalKey, SecurityAlgorithms.RsaSha256));
        descriptor.Audience = audience;
        if (expiredMinutesAgo > 0)
        {
            var expiry = DateTime.UtcNow.AddMinutes(-expiredMinutesAgo);
            (descriptor.IssuedAt, descriptor.NotBefore, descriptor.Expires) = (expiry.AddMinutes(-10), expiry.AddMinutes(-10), expiry);
        }
        return _handler.CreateToken(descriptor);
    }

    private static SecurityTokenDescriptor Describe(JsonWebToken real, SigningCredentials? signingCredentials) => new()
    {
        Issuer = real.Issuer,
        Audience = real.Audiences.Single(),
        IssuedAt = real.IssuedAt,
        NotBefore = real.ValidFrom,
        Expires = real.ValidTo,
        Claims = real.Claims
            .Where(claim => claim.Type is PortalClaims.Subject or PortalClaims.Role or PortalClaims.TenantId)
            .GroupBy(claim => claim.Type)
            .ToDictionary(group => group.Key, group => (object)group.First().Value),
        SigningCredentials = signingCredentials,
    };
}
