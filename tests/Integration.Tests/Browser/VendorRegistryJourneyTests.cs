using Microsoft.Playwright;

namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>An evaluator finds a vendor in the registry by filters, reads its whole profile and keeps private notes on it.</summary>
[Collection(AppCollection.Name)]
public sealed class VendorRegistryJourneyTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_evaluator_filters_the_registry_opens_a_profile_sees_certifications_in_words_and_saves_notes()
    {
        var page = await Browser.SignInAsync(Gateway, "evaluator@contoso.demo");

        await page.OpenAsync(Gateway, "/vendors?capability=data-labeling&vertical=healthcare");
        var vendors = page.Locator("[data-testid=vendors]");
        await Assertions.Expect(vendors).ToContainTextAsync("DataForge");
        await Assertions.Expect(vendors).Not.ToContainTextAsync("NeuralWorks");
        await page.Locator("[data-testid=vendor-link]", new() { HasText = "DataForge" }).ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=vendor-name]")).ToHaveTextAsync("DataForge");
        await Assertions.Expect(page.Locator("[data-testid=vendor-capabilities]")).ToContainTextAsync("Data Labeling");
        await Assertions.Expect(page.Locator("[data-testid=certifications]")).ToContainTextAsync("HITRUST");
        await Assertions.Expect(page.Locator("[data-testid=certification-status]", new() { HasText = "Expired on 2026-09-30" })).ToBeVisibleAsync();
        await PortalBrowser.WaitUntilInteractiveAsync(page);
        var notes = $"Strong on labeling {Guid.NewGuid():N}";
        await page.Locator("[data-testid=notes-rating]").SelectOptionAsync("4");
        await page.Locator("[data-testid=notes-text]").FillAsync(notes);
        await page.Locator("[data-testid=notes-save]").ClickAsync();

        await Assertions.Expect(page.Locator("[data-testid=notes-saved]")).ToBeVisibleAsync();
        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("[data-testid=notes-text]")).ToHaveValueAsync(notes);
        await Assertions.Expect(page.Locator("[data-testid=notes-updated]")).ToContainTextAsync("Chloe Evaluator");
    }
}
