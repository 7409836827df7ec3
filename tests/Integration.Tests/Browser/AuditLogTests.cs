using Microsoft.Playwright;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Integration.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class AuditLogTests(AppFixture fixture) : BrowserTest(fixture)
{
    private static readonly string[] Services = ["assessment", "vendors", "engagements", "reporting"];

    [Fact]
    public async Task The_audit_log_shows_the_portals_changes_and_reports_every_service_even_one_that_fails()
    {
        await Browser.CreateApiClientAsync(Gateway, "admin@northwind.demo", "Audited client", PortalRoles.Executive);

        var page = await Browser.SignInAsync(Gateway, "admin@northwind.demo");
        await page.OpenAsync(Gateway, "/audit-log");

        await Assertions.Expect(page.Locator("[data-testid=audit-source-portal]")).ToContainTextAsync("entr");
        await Assertions.Expect(page.Locator("[data-testid=audit-action]").Filter(new() { HasText = "api-client.created" }).First).ToBeVisibleAsync();
        foreach (var service in Services)
        {
            // Answered or unavailable: either way the service is named and the rest of the page still works.
            await Assertions.Expect(page.Locator($"[data-testid=audit-source-{service}]")).ToContainTextAsync(service);
        }
    }

    [Fact]
    public async Task Filtering_by_object_id_shows_only_that_objects_entries()
    {
        await Browser.CreateApiClientAsync(Gateway, "admin@contoso.demo", "First filtered client", PortalRoles.Evaluator);
        await Browser.CreateApiClientAsync(Gateway, "admin@contoso.demo", "Second filtered client", PortalRoles.Evaluator);
        var page = await Browser.SignInAsync(Gateway, "admin@contoso.demo");
        await page.OpenAsync(Gateway, "/audit-log");
        var objectId = (await page.Locator("[data-testid=audit-grid] code.object-id").First.InnerTextAsync(new() { Timeout = 30_000 })).Trim();

        await page.Locator("[data-testid=audit-object]").FillAsync(objectId);
        await page.Locator("[data-testid=audit-search]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=audit-source-portal]")).ToContainTextAsync("1 entry");

        var shown = await page.Locator("[data-testid=audit-grid] code.object-id").AllInnerTextsAsync();
        Assert.All(shown, id => Assert.Equal(objectId, id.Trim()));
    }

    [Fact]
    public async Task An_admin_never_sees_another_organizations_portal_entries()
    {
        var name = $"Northwind only {Guid.NewGuid():N}";
        await Browser.CreateApiClientAsync(Gateway, "admin@northwind.demo", name, PortalRoles.Evaluator);

        var page = await Browser.SignInAsync(Gateway, "admin@contoso.demo");
        await page.OpenAsync(Gateway, "/audit-log");
        await page.Locator("[data-testid=audit-source-portal]").WaitForAsync(new() { Timeout = 30_000 });

        Assert.DoesNotContain(name, await page.ContentAsync(), StringComparison.Ordinal);
    }
}
