using System.Net;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using OutsourcingPortal.Integration.Tests.Identity;

namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>The home page's reminders: said in words, each opening the page where it is dealt with; an empty state for nothing due.</summary>
[Collection(AppCollection.Name)]
public sealed partial class HomeRemindersTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_evaluator_follows_a_brief_due_this_week_and_an_invitees_expired_certification_from_the_home_page()
    {
        var page = await Browser.SignInAsync(Gateway, "evaluator@contoso.demo");
        await page.OpenAsync(Gateway, "/");

        var brief = Reminder(page, "Support assistant pilot");
        await Assertions.Expect(brief.Locator("[data-testid=reminder-when]")).ToHaveTextAsync(SoonDeadline());
        await Assertions.Expect(brief).ToContainTextAsync("of 2 invitees submitted");
        var certification = Reminder(page, "DataForge: HITRUST");
        await Assertions.Expect(certification.Locator("[data-testid=reminder-when]")).ToHaveTextAsync(DaysAgo());
        await Assertions.Expect(certification.Locator("[data-testid=reminder-required]")).ToContainTextAsync("Support assistant pilot");
        await brief.Locator("[data-testid=reminder-link]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=brief-title]")).ToHaveTextAsync("Support assistant pilot");
        await page.OpenAsync(Gateway, "/");
        await Reminder(page, "DataForge: HITRUST").Locator("[data-testid=reminder-link]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=vendor-name]")).ToHaveTextAsync("DataForge");
        await Assertions.Expect(page.Locator("[data-testid=certification-status]", new() { HasText = "Expired on 2026-09-30" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_vendor_follows_its_unanswered_invitation_and_its_own_expired_certification_from_the_home_page()
    {
        var page = await Browser.SignInAsync(Gateway, "team@dataforge.demo");
        await page.OpenAsync(Gateway, "/");

        var invitation = Reminder(page, "Support assistant pilot");
        await Assertions.Expect(invitation.Locator("[data-testid=reminder-when]")).ToHaveTextAsync(SoonDeadline());
        await Assertions.Expect(invitation).ToContainTextAsync("your response is not started");
        await Assertions.Expect(Reminder(page, "Your HITRUST").Locator("[data-testid=reminder-when]")).ToHaveTextAsync(DaysAgo());
        await invitation.Locator("[data-testid=reminder-link]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=invitation-title]")).ToHaveTextAsync("Support assistant pilot");
        await page.OpenAsync(Gateway, "/");
        await Reminder(page, "Your HITRUST").Locator("[data-testid=reminder-link]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Our profile");
        await Assertions.Expect(page.Locator("[data-testid=certifications]")).ToContainTextAsync("HITRUST");
    }

    [Fact]
    public async Task A_new_vendor_organization_reads_that_nothing_is_due()
    {
        var admin = InvitedAccount.Create("vendor-admin", "reminders.demo");
        var link = await Browser.CreateOrganizationAsync(Gateway, $"Fresh Vendor {Guid.NewGuid():N}"[..26], "Vendor", admin.Email);
        using (var invitee = new CookieSession(Gateway))
        {
            using var accepted = await invitee.AcceptInvitationAsync(link, admin.DisplayName, admin.Password);
            Assert.Equal(HttpStatusCode.Found, accepted.StatusCode);
        }

        var page = await Browser.SignInAsync(Gateway, admin.Email, admin.Password);
        await page.OpenAsync(Gateway, "/");

        await Assertions.Expect(page.Locator("[data-testid=reminders-empty]")).ToContainTextAsync("Nothing is due");
        await Assertions.Expect(page.Locator("[data-testid=reminder]")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_host_operator_has_no_reminders_section()
    {
        var page = await Browser.SignInAsync(Gateway, "operator@portal.demo");
        await page.OpenAsync(Gateway, "/");

        await Assertions.Expect(page.Locator("h2", new() { HasText = "Your areas" })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=reminders-section]")).ToHaveCountAsync(0);
    }

    private static ILocator Reminder(IPage page, string link) =>
        page.Locator("[data-testid=reminder]", new() { Has = page.Locator("[data-testid=reminder-link]", new() { HasText = link }) });

    // The demo's brief is due five days after the application started, so a day or two may have passed since.
    [GeneratedRegex("^deadline (in [2-7] days|tomorrow|today)$")]
    private static partial Regex SoonDeadline();

    [GeneratedRegex(@"^expired \d+ days ago$")]
    private static partial Regex DaysAgo();
}
