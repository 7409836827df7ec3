using System.Text;
using Microsoft.Playwright;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Integration.Tests.Browser;

/// <summary>
/// The registry kept in the portal: a vendor's admin keeps its own profile and certifications, the host imports vendors
/// from CSV, and a client organization exports what it searched for.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class VendorProfileJourneyTests(AppFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_vendor_admin_is_told_what_is_invalid_edits_its_profile_and_adds_certified_evidence_which_a_client_then_reads_and_downloads()
    {
        var marker = Guid.NewGuid().ToString("N")[..12];
        var usage = $"Assistants write pipeline boilerplate only; every change is reviewed ({marker}).";
        var certification = $"Data care pledge {marker}";
        var evidence = Encoding.UTF8.GetBytes($"We pledge to care for data. {marker}\n");
        var vendor = await Browser.SignInAsync(Gateway, "team@dataforge.demo");

        await vendor.OpenAsync(Gateway, "/our-profile");
        var timeZones = vendor.Locator("#profile-time-zones");
        var original = await timeZones.InputValueAsync();
        await timeZones.FillAsync("Mars/Olympus");
        await vendor.Locator("[data-testid=profile-save]").ClickAsync();
        await Assertions.Expect(vendor.Locator("[data-testid=profile-problem]")).ToContainTextAsync("not saved");
        await Assertions.Expect(vendor.Locator("#profile-time-zones ~ .validation-message")).ToContainTextAsync("'Mars/Olympus' is not an IANA time zone");
        await timeZones.FillAsync(original);
        await vendor.Locator("[data-testid=profile-ai-usage]").FillAsync(usage);
        await vendor.Locator("[data-testid=profile-save]").ClickAsync();
        await Assertions.Expect(vendor.Locator("[data-testid=profile-saved]")).ToBeVisibleAsync();
        await vendor.Locator("[data-testid=certification-add-panel] summary").ClickAsync();
        await vendor.Locator("[data-testid=certification-add-kind]").SelectOptionAsync(new SelectOptionValue { Label = "Other" });
        await vendor.Locator("[data-testid=certification-add-name]").FillAsync(certification);
        await vendor.Locator("[data-testid=certification-add-issued]").FillAsync("2026-01-15");
        await vendor.Locator("[data-testid=certification-add-expires]").FillAsync("2030-12-31");
        await vendor.Locator("[data-testid=certification-add-save]").ClickAsync();
        await Assertions.Expect(vendor.Locator("[data-testid=certification-notice]")).ToContainTextAsync(certification);
        await vendor.Locator("[data-testid=evidence-file]").SetInputFilesAsync(
            new FilePayload { Name = "pledge.txt", MimeType = "text/plain", Buffer = evidence });
        await Assertions.Expect(vendor.Locator("[data-testid=evidence-uploaded]")).ToContainTextAsync("pledge.txt");

        var client = await Browser.SignInAsync(Gateway, "evaluator@contoso.demo");
        await client.OpenAsync(Gateway, $"/vendors/{DemoDirectory.DataForge}");
        await Assertions.Expect(client.Locator("[data-testid=vendor-ai-usage]")).ToHaveTextAsync(usage);
        var row = client.Locator("[data-testid=certifications] tr", new() { HasText = certification });
        await Assertions.Expect(row).ToContainTextAsync("Valid until 2030-12-31");
        var download = await client.RunAndWaitForDownloadAsync(() => row.Locator("[data-testid=evidence-link]").ClickAsync());
        Assert.Equal("pledge.txt", download.SuggestedFilename);
        Assert.Equal(evidence, await File.ReadAllBytesAsync(await download.PathAsync()));
    }

    [Fact]
    public async Task The_host_imports_a_CSV_follows_its_progress_to_the_end_and_reads_which_row_was_not_imported()
    {
        var marker = Guid.NewGuid().ToString("N")[..12];
        var csv = $"""
            id,name,capabilities
            {Guid.NewGuid()},Imported {marker},nlp;mlops
            {Guid.NewGuid()},Telepathic {marker},telepathy
            {Guid.NewGuid()},Also imported {marker},

            """;
        var page = await Browser.SignInAsync(Gateway, "operator@portal.demo");

        await page.OpenAsync(Gateway, "/vendor-import");
        await Assertions.Expect(page.Locator("[data-testid=import-header]")).ToContainTextAsync("id,name,website,capabilities");
        await page.Locator("[data-testid=import-file]").SetInputFilesAsync(
            new FilePayload { Name = "vendors.csv", MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(csv) });

        await Assertions.Expect(page.Locator("[data-testid=import-status]"))
            .ToContainTextAsync("3 of 3 rows done: 2 imported, 1 not imported", new() { Timeout = 60_000 });
        await Assertions.Expect(page.Locator("#import-progress-bar")).ToHaveAttributeAsync("value", "3");
        var error = page.Locator("[data-testid=import-errors] tbody tr").First;
        await Assertions.Expect(error.Locator("td").Nth(0)).ToHaveTextAsync("3");
        await Assertions.Expect(error.Locator("td").Nth(1)).ToHaveTextAsync("capabilities");
        await Assertions.Expect(error.Locator("td").Nth(2)).ToContainTextAsync("telepathy");
    }

    [Fact]
    public async Task A_client_downloads_the_registry_it_searched_for_as_CSV()
    {
        var page = await Browser.SignInAsync(Gateway, "evaluator@contoso.demo");

        await page.OpenAsync(Gateway, "/vendors?capability=data-labeling");
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("[data-testid=vendor-export]").ClickAsync());
        var csv = await File.ReadAllTextAsync(await download.PathAsync());

        Assert.Equal("vendors.csv", download.SuggestedFilename);
        Assert.StartsWith("id,name,website,", csv, StringComparison.Ordinal);
        Assert.Contains($"{DemoDirectory.DataForge},DataForge,", csv, StringComparison.Ordinal);
        Assert.DoesNotContain(DemoDirectory.NeuralWorks.ToString(), csv, StringComparison.Ordinal);
    }
}
