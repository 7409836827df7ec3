using System.Net;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Browser;

namespace OutsourcingPortal.Integration.Tests.Identity;

[Collection(AppCollection.Name)]
public sealed class LockoutTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_so_even_the_right_one_is_refused()
    {
        var account = InvitedAccount.Create("lockout", "northwind.demo");
        var link = await Browser.InviteAsync(Gateway, "admin@northwind.demo", account.Email, PortalRoles.Evaluator);
        using (var invitee = new CookieSession(Gateway))
        {
            (await invitee.AcceptInvitationAsync(link, account.DisplayName, account.Password)).Dispose();
        }

        var answers = new List<string>();
        for (var attempt = 1; attempt <= 5; attempt++)
        {
            using var session = new CookieSession(Gateway);
            using var wrong = await session.SignInAsync(account.Email, $"Wrong-Password-{attempt}!");
            answers.Add(await wrong.Content.ReadAsStringAsync());
        }
        using var afterwards = new CookieSession(Gateway);
        using var right = await afterwards.SignInAsync(account.Email, account.Password);

        Assert.All(answers[..4], answer => Assert.Contains("The e-mail address or password is not correct.", answer, StringComparison.Ordinal));
        Assert.Contains("locked", answers[4], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, right.StatusCode);
        Assert.Contains("Try again in 15 minutes.", await right.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.False(afterwards.HasSignInCookie);
    }

    [Fact]
    public async Task Passwords_that_break_the_rules_are_refused_when_accepting_an_invitation()
    {
        var account = InvitedAccount.Create("weak", "contoso.demo");
        var link = await Browser.InviteAsync(Gateway, "admin@contoso.demo", account.Email, PortalRoles.Executive);
        using var invitee = new CookieSession(Gateway);

        using var tooShort = await invitee.AcceptInvitationAsync(link, account.DisplayName, "Short-1!");
        using var noSymbol = await invitee.AcceptInvitationAsync(link, account.DisplayName, "NoSymbolsHere2026");
        using var good = await invitee.AcceptInvitationAsync(link, account.DisplayName, account.Password);

        Assert.Contains("at least 12 characters", await tooShort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("non alphanumeric", await noSymbol.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Found, good.StatusCode);
        Assert.True(invitee.HasSignInCookie);
    }
}
