using System.Net;
using System.Text.RegularExpressions;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Integration.Tests.Identity;

/// <summary>A browser without JavaScript: an HTTP client that keeps cookies and shows redirects instead of following them.</summary>
public sealed partial class CookieSession : IDisposable
{
    private readonly HttpClient _client;

    public CookieSession(Uri gateway)
    {
        _client = new HttpClient(new HttpClientHandler { CookieContainer = Cookies, AllowAutoRedirect = false }) { BaseAddress = gateway };
    }

    public CookieContainer Cookies { get; } = new();

    public bool HasSignInCookie => Cookies.GetAllCookies().Any(cookie => cookie.Name == ".AspNetCore.Identity.Application" && !cookie.Expired);

    public Task<HttpResponseMessage> GetAsync(string path) => _client.GetAsync(new Uri(path, UriKind.Relative));

    /// <summary>Fills in and posts the sign-in form, as a person would: the antiforgery token comes from the form.</summary>
    public Task<HttpResponseMessage> SignInAsync(string email, string password = DemoDirectory.Password) =>
        SignInFromAsync("/account/login", email, password);

    /// <summary>Signs in from a sign-in page address that may carry a return URL.</summary>
    public async Task<HttpResponseMessage> SignInFromAsync(string loginPathAndQuery, string email, string password = DemoDirectory.Password)
    {
        var token = await ReadAntiforgeryTokenAsync(loginPathAndQuery);
        return await _client.PostAsync(new Uri(loginPathAndQuery, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["__RequestVerificationToken"] = token,
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }));
    }

    public async Task<HttpResponseMessage> SignOutAsync(bool withAntiforgeryToken)
    {
        var fields = new Dictionary<string, string>();
        if (withAntiforgeryToken)
        {
            fields["__RequestVerificationToken"] = await ReadAntiforgeryTokenAsync("/");
        }
        return await _client.PostAsync(new Uri("/account/logout", UriKind.Relative), new FormUrlEncodedContent(fields));
    }

    /// <summary>Opens an invitation link and accepts it with a name and password, as the invitee would.</summary>
    public async Task<HttpResponseMessage> AcceptInvitationAsync(Uri link, string displayName, string password)
    {
        var path = link.PathAndQuery;
        var token = await ReadAntiforgeryTokenAsync(path);
        return await _client.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "accept-invitation",
            ["__RequestVerificationToken"] = token,
            ["Input.DisplayName"] = displayName,
            ["Input.Password"] = password,
            ["Input.ConfirmPassword"] = password,
        }));
    }

    public void Dispose() => _client.Dispose();

    private async Task<string> ReadAntiforgeryTokenAsync(string path)
    {
        var page = await _client.GetStringAsync(new Uri(path, UriKind.Relative));
        return AntiforgeryField().Match(page) is { Success: true } match
            ? WebUtility.HtmlDecode(match.Groups[1].Value)
            : throw new InvalidOperationException($"{path} has no antiforgery token.");
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
