using System.Net;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Integration.Tests.Identity;

[Collection(AppCollection.Name)]
public sealed class SignInTests(AppFixture fixture)
{
    private Uri Gateway => fixture.App.GetEndpoint("gateway");

    [Fact]
    public async Task Signing_in_with_the_right_password_sets_an_HttpOnly_SameSite_Lax_cookie_and_goes_home()
    {
        using var session = new CookieSession(Gateway);

        using var response = await session.SignInAsync("evaluator@northwind.demo");

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/", response.Headers.Location!.AbsolutePath);
        var cookie = response.Headers.GetValues("Set-Cookie").Single(value => value.StartsWith(".AspNetCore.Identity.Application=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        // Plain HTTP on loopback: SameAsRequest must not mark it Secure, or the browser would never send it back.
        Assert.DoesNotContain("secure", cookie, StringComparison.OrdinalIgnoreCase);
        using var home = await session.GetAsync("/");
        Assert.Contains("Noah Evaluator", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_with_a_message_and_no_sign_in_cookie()
    {
        using var session = new CookieSession(Gateway);

        using var response = await session.SignInAsync("executive@northwind.demo", "Not-the-password-1!");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"login-error\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(session.HasSignInCookie);
    }

    [Fact]
    public async Task An_unknown_account_gets_the_same_answer_as_a_wrong_password()
    {
        using var session = new CookieSession(Gateway);

        using var response = await session.SignInAsync("nobody@northwind.demo");

        Assert.Contains("The e-mail address or password is not correct.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(session.HasSignInCookie);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/people")]
    [InlineData("/status")]
    [InlineData("/api-clients")]
    public async Task Anonymous_visitors_of_a_page_are_sent_to_sign_in_and_back(string path)
    {
        using var session = new CookieSession(Gateway);

        using var response = await session.GetAsync(path);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/account/login?ReturnUrl=" + Uri.EscapeDataString(path), response.Headers.Location!.PathAndQuery);
    }

    [Theory]
    [InlineData("/account/login", HttpStatusCode.OK)]
    [InlineData("/error", HttpStatusCode.OK)]
    [InlineData("/not-found", HttpStatusCode.OK)]
    [InlineData("/no-such-page", HttpStatusCode.NotFound)]
    [InlineData(PortalTokens.DiscoveryPath, HttpStatusCode.OK)]
    [InlineData(PortalTokens.KeysPath, HttpStatusCode.OK)]
    public async Task Sign_in_error_pages_and_the_issuer_metadata_are_open_to_anonymous_visitors(string path, HttpStatusCode expected)
    {
        using var session = new CookieSession(Gateway);

        using var response = await session.GetAsync(path);

        Assert.Equal(expected, response.StatusCode);
    }

    [Theory]
    [InlineData("/health")]
    [InlineData("/alive")]
    public async Task The_portal_health_endpoints_stay_anonymous(string path)
    {
        using var portal = fixture.App.CreateHttpClient("portal");

        using var response = await portal.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task After_sign_in_the_person_returns_to_the_page_they_asked_for_but_never_to_another_site()
    {
        using var session = new CookieSession(Gateway);
        using var asked = await session.GetAsync("/reporting");
        using var localReturn = await PostLoginFromAsync(session, asked.Headers.Location!.PathAndQuery);

        using var other = new CookieSession(Gateway);
        using var foreignReturn = await PostLoginFromAsync(other, "/account/login?ReturnUrl=" + Uri.EscapeDataString("//evil.example/"));

        Assert.Equal("/reporting", localReturn.Headers.Location!.AbsolutePath);
        Assert.Equal("/", foreignReturn.Headers.Location!.AbsolutePath);
        Assert.NotEqual("evil.example", foreignReturn.Headers.Location!.Host);
    }

    [Fact]
    public async Task Signing_out_needs_the_antiforgery_token_and_then_ends_the_session()
    {
        using var session = new CookieSession(Gateway);
        (await session.SignInAsync("executive@contoso.demo")).Dispose();

        using var forged = await session.SignOutAsync(withAntiforgeryToken: false);
        using var stillIn = await session.GetAsync("/");
        using var signedOut = await session.SignOutAsync(withAntiforgeryToken: true);
        using var afterwards = await session.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Found, signedOut.StatusCode);
        Assert.Equal("/account/login", signedOut.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.Found, afterwards.StatusCode);
    }

    private static async Task<HttpResponseMessage> PostLoginFromAsync(CookieSession session, string loginPathAndQuery)
    {
        using var loginPage = await session.GetAsync(loginPathAndQuery);
        Assert.Equal(HttpStatusCode.OK, loginPage.StatusCode);
        return await session.SignInFromAsync(loginPathAndQuery, "executive@northwind.demo");
    }
}
