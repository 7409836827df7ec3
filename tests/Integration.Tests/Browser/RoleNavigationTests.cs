using Microsoft.Playwright;

namespace OutsourcingPortal.Integration.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class RoleNavigationTests(AppFixture fixture) : BrowserTest(fixture)
{
    /// <summary>Each demo role: who, their organization, exactly which navigation links, and a page of another role.</summary>
    private static readonly (string Email, string Organization, string Areas, string ForeignPage)[] Roles =
    [
        ("operator@portal.demo", "Host", "organizations status vendor-import", "/people"),
        ("admin@northwind.demo", "Northwind Traders", "assessment vendors briefs engagements reporting people api-clients audit-log", "/status"),
        ("evaluator@northwind.demo", "Northwind Traders", "assessment vendors briefs engagements", "/reporting"),
        ("executive@contoso.demo", "Contoso", "assessment briefs engagements reporting", "/vendors"),
        ("team@neuralworks.demo", "NeuralWorks", "invitations our-profile engagements api-clients", "/assessment"),
    ];

    public static TheoryData<string, string, string, string> DemoRoles()
    {
        var data = new TheoryData<string, string, string, string>();
        foreach (var role in Roles)
        {
            data.Add(role.Email, role.Organization, role.Areas, role.ForeignPage);
        }
        return data;
    }

    public static TheoryData<string, string> DemoRoleAreas()
    {
        var data = new TheoryData<string, string>();
        foreach (var role in Roles)
        {
            data.Add(role.Email, role.Areas);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DemoRoles))]
    public async Task Each_role_sees_exactly_its_navigation_and_is_refused_another_roles_page(
        string email, string organization, string areas, string foreignPage)
    {
        var page = await Browser.SignInAsync(Gateway, email);

        var links = await page.Locator("nav [data-testid^=nav-]").EvaluateAllAsync<string[]>("links => links.map(link => link.dataset.testid)");
        await Assertions.Expect(page.Locator("[data-testid=signed-in-organization]")).ToContainTextAsync(organization);
        Assert.Equal(["nav-home", .. areas.Split(' ').Select(area => "nav-" + area)], links);

        await page.OpenAsync(Gateway, foreignPage);
        await Assertions.Expect(page.Locator("[data-testid=access-denied]")).ToBeVisibleAsync();
        Assert.Equal("/account/access-denied", new Uri(page.Url).AbsolutePath);
    }

    [Theory]
    [MemberData(nameof(DemoRoleAreas))]
    public async Task Every_link_in_a_roles_navigation_opens_its_page(string email, string areas)
    {
        var page = await Browser.SignInAsync(Gateway, email);

        foreach (var area in areas.Split(' '))
        {
            await page.Locator($"[data-testid=nav-{area}]").ClickAsync();
            await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/" + area);
            await Assertions.Expect(page.Locator("[data-testid=access-denied]")).ToHaveCountAsync(0);
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).Not.ToBeEmptyAsync();
        }
    }
}
