using System.Net;
using Microsoft.Playwright;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Identity;

namespace OutsourcingPortal.Integration.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class PeopleTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_invited_person_joins_with_the_invited_role_and_the_admin_can_change_it()
    {
        var account = InvitedAccount.Create("invited", "northwind.demo");
        var link = await Browser.InviteAsync(Gateway, "admin@northwind.demo", account.Email, PortalRoles.Evaluator);
        using var invitee = new CookieSession(Gateway);
        using var accepted = await invitee.AcceptInvitationAsync(link, account.DisplayName, account.Password);
        using var homeAsEvaluator = await invitee.GetAsync("/");
        var evaluatorHome = await homeAsEvaluator.Content.ReadAsStringAsync();

        var page = await Browser.SignInAsync(Gateway, "admin@northwind.demo");
        await page.OpenAsync(Gateway, "/people");
        await page.Locator($"[data-testid='member-role-{account.Email}']").SelectOptionAsync(PortalRoles.Executive);
        await Assertions.Expect(page.Locator("[data-testid=people-notice]")).ToContainTextAsync("is now executive");
        using var again = new CookieSession(Gateway);
        (await again.SignInAsync(account.Email, account.Password)).Dispose();
        using var homeAsExecutive = await again.GetAsync("/");
        var executiveHome = await homeAsExecutive.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.Found, accepted.StatusCode);
        Assert.Contains(account.DisplayName, evaluatorHome, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"nav-vendors\"", evaluatorHome, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"nav-vendors\"", executiveHome, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"nav-reporting\"", executiveHome, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invitation_link_works_once()
    {
        var account = InvitedAccount.Create("once", "contoso.demo");
        var link = await Browser.InviteAsync(Gateway, "admin@contoso.demo", account.Email, PortalRoles.Evaluator);
        using var first = new CookieSession(Gateway);
        (await first.AcceptInvitationAsync(link, account.DisplayName, account.Password)).Dispose();
        using var second = new CookieSession(Gateway);

        using var reopened = await second.GetAsync(link.PathAndQuery);
        using var forged = await second.GetAsync("/account/invitation/not-a-real-token");

        Assert.Contains("already been accepted", await reopened.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"invitation-invalid\"", await forged.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_people_page_lists_only_the_admins_own_organization()
    {
        var page = await Browser.SignInAsync(Gateway, "admin@contoso.demo");
        await page.OpenAsync(Gateway, "/people");

        await Assertions.Expect(page.Locator("[data-testid='member-role-evaluator@contoso.demo']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid='member-role-evaluator@northwind.demo']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid='member-role-team@neuralworks.demo']")).ToHaveCountAsync(0);
    }
}
