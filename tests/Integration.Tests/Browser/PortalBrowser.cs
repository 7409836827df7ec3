using Microsoft.Playwright;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>What a person does in the portal with a browser, for tests that need it as a step.</summary>
public static class PortalBrowser
{
    /// <summary>Signs in through the sign-in page in a fresh browser context and waits until the portal is interactive.</summary>
    public static async Task<IPage> SignInAsync(this BrowserSession session, Uri gateway, string email, string password = DemoDirectory.Password)
    {
        var context = await session.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(gateway, "/account/login").ToString());
        await page.Locator("#email").FillAsync(email);
        await page.Locator("#password").FillAsync(password);
        await page.Locator("[data-testid=login-submit]").ClickAsync();
        await page.Locator("[data-testid=signed-in-name]").WaitForAsync(new() { Timeout = 30_000 });
        await WaitUntilInteractiveAsync(page);
        return page;
    }

    public static async Task OpenAsync(this IPage page, Uri gateway, string path)
    {
        await page.GotoAsync(new Uri(gateway, path).ToString());
        await WaitUntilInteractiveAsync(page);
    }

    public static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });

    /// <summary>Invites someone on the People page as <paramref name="adminEmail"/> and reads the invitation link shown.</summary>
    public static async Task<Uri> InviteAsync(this BrowserSession session, Uri gateway, string adminEmail, string email, string role)
    {
        var page = await session.SignInAsync(gateway, adminEmail);
        try
        {
            await page.OpenAsync(gateway, "/people");
            await page.Locator("[data-testid=invite-email]").FillAsync(email);
            await page.Locator("[data-testid=invite-role]").SelectOptionAsync(role);
            await page.Locator("[data-testid=invite-submit]").ClickAsync();
            return new Uri(await page.Locator("[data-testid=invitation-link]").InnerTextAsync(new() { Timeout = 30_000 }));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Creates an organization as the host operator and reads its first administrator's invitation link.</summary>
    public static async Task<Uri> CreateOrganizationAsync(this BrowserSession session, Uri gateway, string name, string kind, string adminEmail)
    {
        var page = await session.SignInAsync(gateway, "operator@portal.demo");
        try
        {
            await page.OpenAsync(gateway, "/organizations");
            await page.Locator("[data-testid=organization-name]").FillAsync(name);
            await page.Locator("[data-testid=organization-kind]").SelectOptionAsync(kind);
            await page.Locator("[data-testid=organization-admin]").FillAsync(adminEmail);
            await page.Locator("[data-testid=organization-create]").ClickAsync();
            return new Uri(await page.Locator("[data-testid=invitation-link]").InnerTextAsync(new() { Timeout = 30_000 }));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Suspends or reactivates an organization as the host operator, and waits for the page to say so.</summary>
    public static async Task ToggleOrganizationAsync(this BrowserSession session, Uri gateway, string name, string expectedStatus)
    {
        var page = await session.SignInAsync(gateway, "operator@portal.demo");
        try
        {
            await page.OpenAsync(gateway, "/organizations");
            await page.Locator($"[data-testid='organization-toggle-{name}']").ClickAsync();
            await Assertions.Expect(page.Locator($"[data-testid='organization-status-{name}']")).ToHaveTextAsync(expectedStatus);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Creates an API client on the API clients page as <paramref name="adminEmail"/> and reads the secret shown once.</summary>
    public static Task<(string Id, string Secret)> CreateApiClientAsync(
        this BrowserSession session, Uri gateway, string adminEmail, string name, string role) =>
        session.CreateApiClientAsync(gateway, adminEmail, name, role, DemoDirectory.Password);

    public static async Task<(string Id, string Secret)> CreateApiClientAsync(
        this BrowserSession session, Uri gateway, string adminEmail, string name, string role, string password)
    {
        var page = await session.SignInAsync(gateway, adminEmail, password);
        try
        {
            await page.OpenAsync(gateway, "/api-clients");
            await page.Locator("[data-testid=client-name]").FillAsync(name);
            await page.Locator($"[data-testid=client-role-{role}]").CheckAsync();
            await page.Locator("[data-testid=create-client]").ClickAsync();
            var clientId = await page.Locator("[data-testid=new-client-id]").InnerTextAsync(new() { Timeout = 30_000 });
            var secret = await page.Locator("[data-testid=new-client-secret]").InnerTextAsync();
            return (clientId, secret);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
