using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Integration.Tests.Identity;

/// <summary>An OAuth 2.0 client of the portal's token endpoint, through the gateway.</summary>
public static class TokenEndpointClient
{
    public static async Task<(int Status, JsonObject Body, HttpResponseMessage Response)> PostAsync(
        HttpClient gateway, IReadOnlyDictionary<string, string> form, (string Id, string Secret)? basic = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(PortalTokens.TokenPath, UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(form),
        };
        if (basic is { } credentials)
        {
            var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{Uri.EscapeDataString(credentials.Id)}:{Uri.EscapeDataString(credentials.Secret)}"));
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", encoded);
        }
        var response = await gateway.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        return ((int)response.StatusCode, body, response);
    }

    public static async Task<string> GetAccessTokenAsync(HttpClient gateway, (string Id, string Secret) client)
    {
        var (status, body, response) = await PostAsync(gateway, new Dictionary<string, string> { ["grant_type"] = "client_credentials" }, client);
        response.Dispose();
        return status == 200
            ? (string)body["access_token"]!
            : throw new InvalidOperationException($"The token endpoint answered {status}: {body}");
    }
}
