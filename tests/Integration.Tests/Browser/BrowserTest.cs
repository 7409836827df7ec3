namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>
/// A test class that drives its own Chromium against the shared application, reached through the gateway. Derived
/// classes join <see cref="AppCollection"/> themselves: xunit reads the collection from the test class only.
/// </summary>
public abstract class BrowserTest(AppFixture fixture) : IAsyncLifetime
{
    protected AppFixture Fixture { get; } = fixture;

    protected BrowserSession Browser { get; private set; } = null!;

    protected Uri Gateway => Fixture.App.GetEndpoint("gateway");

    public async Task InitializeAsync() => Browser = await BrowserSession.StartAsync();

    public async Task DisposeAsync() => await Browser.DisposeAsync();
}
