using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>A token is accepted only when the portal's current key signed it, for the APIs, unexpired; anything else is 401.</summary>
[Collection(AppCollection.Name)]
public sealed class TokenValidationTests(AppFixture fixture)
{
    private const string Initiatives = "/api/assessment/initiatives";

    [Fact]
    public async Task A_correctly_signed_token_is_accepted_which_is_what_makes_the_refusals_meaningful()
    {
        using var forgery = await TokenForgery.CreateAsync(fixture);

        Assert.Equal(HttpStatusCode.OK, await StatusThroughGatewayAsync(forgery.Mint()));
    }

    public static TheoryData<string> Refusals => new()
    {
        "expired", "wrong audience", "wrong issuer", "signed by another key", "payload swapped", "unsigned", "garbage",
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_forged_or_broken_token_is_refused_at_the_gateway_and_by_the_service_itself(string kind)
    {
        using var forgery = await TokenForgery.CreateAsync(fixture);
        using var otherKey = RSA.Create(2048);
        var token = kind switch
        {
            "expired" => forgery.Mint(expires: DateTime.UtcNow.AddMinutes(-10)),
            "wrong audience" => forgery.Mint(audience: "some-other-api"),
            "wrong issuer" => forgery.Mint(issuer: "http://evil.example"),
            "signed by another key" => forgery.Mint(signingKey: otherKey),
            "payload swapped" => TokenForgery.WithPayloadOf(forgery.Mint(), forgery.Mint(tenant: DemoDirectory.Contoso, signingKey: otherKey)),
            "unsigned" => TokenForgery.WithoutSignature(forgery.Mint()),
            _ => "not-a-jwt",
        };

        Assert.Equal(HttpStatusCode.Unauthorized, await StatusThroughGatewayAsync(token));
        Assert.Equal(HttpStatusCode.Unauthorized, await StatusDirectAsync(token));
    }

    private async Task<HttpStatusCode> StatusThroughGatewayAsync(string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(Initiatives, UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await fixture.Gateway.SendAsync(request);
        return response.StatusCode;
    }

    // Past the gateway, as a process on the same network could: the service must refuse on its own.
    private async Task<HttpStatusCode> StatusDirectAsync(string token)
    {
        using var service = fixture.App.CreateHttpClient("assessment-api");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("/initiatives", UriKind.Relative));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await service.SendAsync(request);
        return response.StatusCode;
    }
}
