using Microsoft.Playwright;

namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>
/// Debian's Chromium driven by Playwright, headless. Playwright's own browser download is never used: this
/// machine, like CI, has no internet, and the flags keep Chromium from reaching for it.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";
    private readonly IPlaywright _playwright;

    private BrowserSession(IPlaywright playwright, IBrowser browser)
    {
        _playwright = playwright;
        Browser = browser;
    }

    public IBrowser Browser { get; }

    public static async Task<BrowserSession> StartAsync()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run",
            ],
        });
        return new BrowserSession(playwright, browser);
    }

    /// <summary>Opens a page and waits until Blazor's circuit is interactive, so clicks reach the server.</summary>
    public async Task<IPage> OpenInteractiveAsync(Uri url)
    {
        var page = await Browser.NewPageAsync();
        await page.GotoAsync(url.ToString());
        await page.Locator("[data-testid=interactive]").WaitForAsync(new() { State = WaitForSelectorState.Attached, Timeout = 30_000 });
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
    }
}
