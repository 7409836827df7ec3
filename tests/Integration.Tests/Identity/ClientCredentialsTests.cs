using Microsoft.Playwright;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Browser;

namespace OutsourcingPortal.Integration.Tests.Identity;

[Collection(AppCollection.Name)]
public sealed class ClientCredentialsTests(AppFixture fixture) : IAsyncLifetime
{
    private const string ClientCredentials = "client_credentials";
    private BrowserSession _browser = null!;
    private (string Id, string Secret) _client;

    private Uri Gateway => fixture.App.GetEndpoint("gateway");

    public async Task InitializeAsync()
    {
        _browser = await BrowserSession.StartAsync();
        _client = await _browser.CreateApiClientAsync(Gateway, "admin@northwind.demo", "Client credentials tests", PortalRoles.Evaluator);
    }

    public async Task DisposeAsync() => await _browser.DisposeAsync();

    [Fact]
    public async Task Credentials_in_the_body_get_a_bearer_token_that_nobody_caches()
    {
        var (status, body, response) = await TokenEndpointClient.PostAsync(fixture.Gateway, new Dictionary<string, string>
        {
            ["grant_type"] = ClientCredentials,
            ["client_id"] = _client.Id,
            ["client_secret"] = _client.Secret,
        });

        Assert.Equal(200, status);
        Assert.Equal("Bearer", (string?)body["token_type"]);
        Assert.Equal(600, (int?)body["expires_in"]);
        Assert.False(string.IsNullOrEmpty((string?)body["access_token"]));
        Assert.True(response.Headers.CacheControl?.NoStore);
        response.Dispose();
    }

    [Fact]
    public async Task Credentials_with_HTTP_Basic_get_a_token()
    {
        var (status, _, response) = await PostAsync(basic: _client);
        response.Dispose();

        Assert.Equal(200, status);
    }

    [Fact]
    public async Task A_wrong_secret_is_invalid_client_with_a_Basic_challenge()
    {
        var (status, body, response) = await PostAsync(basic: (_client.Id, _client.Secret + "x"));

        Assert.Equal(401, status);
        Assert.Equal("invalid_client", (string?)body["error"]);
        Assert.Equal("Basic", response.Headers.WwwAuthenticate.Single().Scheme);
        response.Dispose();
    }

    [Theory]
    [InlineData("unknown client", "opc_unknown", "whatever", 401, "invalid_client")]
    [InlineData("no credentials", "", "", 401, "invalid_client")]
    [InlineData("secret without id", "", "secret", 401, "invalid_client")]
    public async Task Bad_client_authentication_in_the_body_is_refused(string _, string clientId, string secret, int expectedStatus, string expectedError)
    {
        var form = new Dictionary<string, string> { ["grant_type"] = ClientCredentials };
        if (clientId.Length > 0)
        {
            form["client_id"] = clientId;
        }
        if (secret.Length > 0)
        {
            form["client_secret"] = secret;
        }

        var (status, body, response) = await TokenEndpointClient.PostAsync(fixture.Gateway, form);
        response.Dispose();

        Assert.Equal(expectedStatus, status);
        Assert.Equal(expectedError, (string?)body["error"]);
    }

    [Theory]
    [InlineData("password", "unsupported_grant_type")]
    [InlineData("authorization_code", "unsupported_grant_type")]
    [InlineData("", "invalid_request")]
    public async Task Any_grant_but_client_credentials_is_refused_with_400(string grantType, string expectedError)
    {
        var form = grantType.Length == 0 ? new Dictionary<string, string>() : new Dictionary<string, string> { ["grant_type"] = grantType };

        var (status, body, response) = await TokenEndpointClient.PostAsync(fixture.Gateway, form, _client);
        response.Dispose();

        Assert.Equal(400, status);
        Assert.Equal(expectedError, (string?)body["error"]);
    }

    [Fact]
    public async Task Credentials_both_in_the_header_and_the_body_are_an_invalid_request()
    {
        var (status, body, response) = await TokenEndpointClient.PostAsync(fixture.Gateway, new Dictionary<string, string>
        {
            ["grant_type"] = ClientCredentials,
            ["client_id"] = _client.Id,
        }, _client);
        response.Dispose();

        Assert.Equal(400, status);
        Assert.Equal("invalid_request", (string?)body["error"]);
    }

    [Theory]
    [InlineData("application/json", "{\"grant_type\":\"client_credentials\"}")]
    [InlineData("application/x-www-form-urlencoded", "grant_type=client_credentials&grant_type=client_credentials")]
    [InlineData("application/x-www-form-urlencoded", "grant_type=client_credentials&client_id=%ZZ")]
    [InlineData("text/plain", "")]
    public async Task A_malformed_request_is_an_invalid_request_never_a_server_error(string contentType, string content)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(PortalTokens.TokenPath, UriKind.Relative))
        {
            Content = new StringContent(content, System.Text.Encoding.UTF8, contentType),
        };

        using var response = await fixture.Gateway.SendAsync(request);
        var body = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.InRange((int)response.StatusCode, 400, 401);
        Assert.NotNull((string?)body["error"]);
    }

    [Fact]
    public async Task A_revoked_client_gets_no_more_tokens()
    {
        var client = await _browser.CreateApiClientAsync(Gateway, "admin@contoso.demo", "Soon revoked", PortalRoles.Executive);
        var (before, _, first) = await PostAsync(basic: client);
        first.Dispose();

        var page = await _browser.SignInAsync(Gateway, "admin@contoso.demo");
        await page.OpenAsync(Gateway, "/api-clients");
        await page.Locator($"[data-testid=revoke-{client.Id}]").ClickAsync();
        await Assertions.Expect(page.Locator($"[data-testid=client-status-{client.Id}]")).ToContainTextAsync("Revoked");
        await page.Context.CloseAsync();
        var (after, body, second) = await PostAsync(basic: client);
        second.Dispose();

        Assert.Equal(200, before);
        Assert.Equal(401, after);
        Assert.Equal("invalid_client", (string?)body["error"]);
    }

    private Task<(int Status, System.Text.Json.Nodes.JsonObject Body, HttpResponseMessage Response)> PostAsync((string, string) basic) =>
        TokenEndpointClient.PostAsync(fixture.Gateway, new Dictionary<string, string> { ["grant_type"] = ClientCredentials }, basic);
}
