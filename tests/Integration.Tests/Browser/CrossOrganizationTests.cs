using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>
/// A person signed in to one organization, in a real browser, trying every way they have to reach another
/// organization's work: the portal's pages, its addresses typed by hand, and the APIs called from the page with
/// their cookie and with their own token. Nothing of the other organization shows, and nothing of it changes.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class CrossOrganizationTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Signed_in_to_Northwind_a_person_can_neither_see_nor_change_a_Contoso_initiative()
    {
        var contoso = await DemoItemAsync(Principal.TenantBAdmin, "/api/assessment/initiatives", "Support assistant");
        Assert.NotEmpty(contoso.ETag);
        var page = await Browser.SignInAsync(Gateway, "admin@northwind.demo");

        await AssertNoWayToAsync(page, "/assessment?q=Invoice%20triage", "initiatives", "Invoice triage", contoso, "/assessment/initiatives");
        await page.OpenAsync(Gateway, $"/assessment?q={Uri.EscapeDataString(contoso.Name)}");
        await Assertions.Expect(page.Locator("[data-testid=initiatives-empty]")).ToBeVisibleAsync();
        var edit = await page.FetchAsync("PUT", contoso.Path, await page.OwnAccessTokenAsync(), contoso.ETag,
            new { name = "Taken over", useCase = "Written from another organization" });
        Assert.Equal(404, edit.Status);
        Assert.DoesNotContain(contoso.Name, edit.Body, StringComparison.Ordinal);

        var after = await DemoItemAsync(Principal.TenantBAdmin, "/api/assessment/initiatives", "Support assistant");
        Assert.Equal((contoso.Name, contoso.ETag), (after.Name, after.ETag));
    }

    [Fact]
    public async Task Signed_in_as_a_vendor_a_person_sees_only_its_own_engagements_and_not_another_vendors()
    {
        var foreign = await DemoItemAsync(Principal.TenantBAdmin, "/api/engagements/engagements", "Support assistant build");
        var page = await Browser.SignInAsync(Gateway, "team@neuralworks.demo");

        await AssertNoWayToAsync(page, "/engagements", "engagements", "Demand forecasting pilot", foreign, "/engagements");
    }

    [Fact]
    public async Task Signed_in_as_a_vendor_a_person_sees_only_the_invitations_addressed_to_its_organization()
    {
        var foreign = await DemoItemAsync(Principal.UninvitedVendor, "/api/vendors/invitations", "Support assistant pilot", "title");
        var page = await Browser.SignInAsync(Gateway, "team@neuralworks.demo");

        await AssertNoWayToAsync(page, "/invitations", "invitations", "Invoice triage build", foreign, "/invitations");
    }

    /// <summary>
    /// The portal's list shows the person's own item and not the foreign one; the foreign item's address, typed by
    /// hand, shows "not found" and nothing of it; and the API refuses it (<see cref="AssertApiRefusesAsync"/>).
    /// </summary>
    private async Task AssertNoWayToAsync(IPage page, string listPage, string grid, string ownName, DemoItem foreign, string detailPages)
    {
        await page.OpenAsync(Gateway, listPage);
        var list = page.Locator($"[data-testid={grid}]");
        await Assertions.Expect(list).ToContainTextAsync(ownName);
        await Assertions.Expect(list).Not.ToContainTextAsync(foreign.Name);

        await page.OpenAsync(Gateway, $"{detailPages}/{foreign.Id}");
        await Assertions.Expect(page.Locator("[data-testid=not-found]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("body")).Not.ToContainTextAsync(foreign.Name);

        await AssertApiRefusesAsync(page, foreign);
    }

    /// <summary>The cookie alone opens no API (401); the person's own token finds no such object (404) and lists none of it.</summary>
    private static async Task AssertApiRefusesAsync(IPage page, DemoItem foreign)
    {
        var withCookie = await page.FetchAsync("GET", foreign.Path);
        Assert.Equal(401, withCookie.Status);

        var token = await page.OwnAccessTokenAsync();
        var read = await page.FetchAsync("GET", foreign.Path, token);
        Assert.Equal(404, read.Status);
        Assert.DoesNotContain(foreign.Name, read.Body, StringComparison.Ordinal);

        var list = await page.FetchAsync("GET", $"{foreign.Collection}?pageSize=200", token);
        Assert.Equal(200, list.Status);
        Assert.DoesNotContain(foreign.Id.ToString(), list.Body, StringComparison.OrdinalIgnoreCase);
    }

    private sealed record DemoItem(Guid Id, string Name, string Collection, string ETag)
    {
        public string Path => $"{Collection}/{Id}";
    }

    /// <summary>A demo object as its owner sees it through the API, with its current ETag.</summary>
    private async Task<DemoItem> DemoItemAsync(Principal owner, string collection, string namePrefix, string nameField = "name")
    {
        using var client = await Fixture.Principals.ClientAsync(owner);
        var page = await client.GetFromJsonAsync<JsonObject>(new Uri($"{collection}?pageSize=200", UriKind.Relative));
        var item = page!["items"]!.AsArray().First(item => ((string)item![nameField]!).StartsWith(namePrefix, StringComparison.Ordinal))!;
        var found = new DemoItem((Guid)item["id"]!, (string)item[nameField]!, collection, ETag: "");
        using var response = await client.GetAsync(new Uri(found.Path, UriKind.Relative));
        response.EnsureSuccessStatusCode();
        return found with { ETag = response.Headers.ETag?.Tag ?? "" };
    }
}
