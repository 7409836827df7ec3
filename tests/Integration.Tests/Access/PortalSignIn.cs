using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>
/// Signs in the way a person does, through the portal's sign-in form behind the gateway (cookie and antiforgery
/// token included), then asks the portal for that person's API access token.
/// </summary>
public static partial class PortalSignIn
{
    public const string LoginPath = "/account/login";
    public const string AccessTokenPath = "/account/access-token";

    /// <summary>A client with its own cookies, signed in as the person; fails the test if sign-in does not succeed.</summary>
    public static async Task<HttpClient> SignInAsync(Uri gateway, string email, string password)
    {
        var client = CreateClient(gateway);
        using var response = await PostLoginAsync(client, email, password);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            client.Dispose();
            throw new InvalidOperationException($"Sign-in as {email} answered {(int)response.StatusCode}, not a redirect.");
        }
        return client;
    }

    /// <summary>Posts the sign-in form once; the caller inspects the answer (redirect on success, the form with an error otherwise).</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password)
    {
        var form = await client.GetStringAsync(new Uri(LoginPath, UriKind.Relative));
        var antiforgery = AntiforgeryField().Match(form);
        if (!antiforgery.Success)
        {
            throw new InvalidOperationException("The sign-in page has no antiforgery token.");
        }
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery.Groups[1].Value),
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });
        return await client.PostAsync(new Uri(LoginPath, UriKind.Relative), content);
    }

    public static async Task<string> GetAccessTokenAsync(HttpClient signedIn)
    {
        var token = await signedIn.GetFromJsonAsync<JsonObject>(new Uri(AccessTokenPath, UriKind.Relative));
        return (string?)token?["accessToken"] ?? throw new InvalidOperationException("The portal gave no access token.");
    }

    public static HttpClient CreateClient(Uri gateway) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = gateway };

    [GeneratedRegex("name=\"__RequestVerificationToken\"[^>]*value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
