using Microsoft.Playwright;

namespace OutsourcingPortal.Integration.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class StatusPageTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_status_page_opened_through_the_gateway_shows_every_service_healthy()
    {
        var page = await Browser.SignInAsync(Gateway, "operator@portal.demo");
        await page.OpenAsync(Gateway, "/status");
        await page.Locator("[data-testid=status-loaded]").WaitForAsync(new() { Timeout = 30_000 });

        await Assertions.Expect(page.Locator("[data-testid=overall-status]")).ToHaveTextAsync("Healthy");
        foreach (var service in SystemUnderTest.GatewayDestinationNames)
        {
            await Assertions.Expect(page.Locator($"[data-testid=status-{service}]")).ToHaveTextAsync("Healthy");
        }
        Assert.Contains("status", await page.TitleAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_navigation_reaches_the_four_areas_of_the_portal()
    {
        var page = await Browser.SignInAsync(Gateway, "admin@northwind.demo");

        foreach (var area in new[] { "Assessment", "Vendors", "Engagements", "Reporting" })
        {
            await page.GetByRole(AriaRole.Navigation).GetByRole(AriaRole.Link, new() { Name = area, Exact = true }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToContainTextAsync(area);
        }
    }
}
