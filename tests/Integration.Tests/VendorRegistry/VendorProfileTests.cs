using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Access;
using static OutsourcingPortal.Integration.Tests.VendorRegistry.VendorsClient;

namespace OutsourcingPortal.Integration.Tests.VendorRegistry;

/// <summary>The vendor profile: written in full by its vendor or the host with If-Match, read by every client organization.</summary>
[Collection(AppCollection.Name)]
public sealed class VendorProfileTests(AppFixture fixture)
{
    [Fact]
    public async Task Every_profile_field_written_reads_back_as_written_with_enums_in_kebab_case()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        var id = await RegisterAsync(host, "Profile fields");
        var (_, etag) = await ReadAsync(host, $"{Vendors}/{id}");

        using var response = await PutAsync(host, $"{Vendors}/{id}", etag, FullProfile("  Profile fields  "));
        var written = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        var (read, newTag) = await ReadAsync(host, $"{Vendors}/{id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(written.ToJsonString(), read.ToJsonString());
        Assert.Equal(response.Headers.ETag, newTag);
        Assert.NotEqual(etag, newTag);
        Assert.Equal("Profile fields", (string?)read["name"]);
        Assert.Equal(["computer-vision", "mlops"], Strings(read["capabilities"]));
        Assert.Equal(["healthcare", "public-sector"], Strings(read["verticals"]));
        Assert.Equal(["dedicated-team", "managed-service"], Strings(read["engagementModels"]));
        Assert.Equal(["Europe/Warsaw", "UTC"], Strings(read["timeZones"]));
        // The rate card reads in order of seniority.
        Assert.Equal(["junior", "senior"], read["rateCard"]!.AsArray().Select(entry => (string)entry!["seniority"]!));
        Assert.Equal(72.5m, (decimal)read["rateCard"]![1]!["hourlyRate"]!);
        Assert.Equal(("Ewa Nowak", 5), ((string?)read["teamMembers"]![0]!["name"], (int)read["teamMembers"]![0]!["yearsWithVendor"]!));
        Assert.Equal((6, 91.5m), ((int)read["modelsInProduction"]!, (decimal)read["retentionPercent"]!));
        Assert.Equal((true, "EU only", false), ((bool)read["security"]!["hipaa"]!, (string?)read["security"]!["dataResidency"], (bool)read["security"]!["ccpa"]!));
        Assert.Equal("Copilot with mandatory review.", (string?)read["aiAssistantUsage"]);
    }

    [Fact]
    public async Task An_edit_without_If_Match_is_428_a_stale_one_412_and_neither_changes_the_profile()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        var id = await RegisterAsync(host, "Concurrent profile");
        var (_, etag) = await ReadAsync(host, $"{Vendors}/{id}");

        using var first = await PutAsync(host, $"{Vendors}/{id}", etag, FullProfile("First editor"));
        using var stale = await PutAsync(host, $"{Vendors}/{id}", etag, FullProfile("Second editor"));
        using var blind = await PutAsync(host, $"{Vendors}/{id}", null, FullProfile("Blind editor"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal((HttpStatusCode.PreconditionFailed, "application/problem+json"), (stale.StatusCode, stale.Content.Headers.ContentType?.MediaType));
        Assert.Equal((HttpStatusCode.PreconditionRequired, "application/problem+json"), (blind.StatusCode, blind.Content.Headers.ContentType?.MediaType));
        Assert.Equal("First editor", (string?)(await ReadAsync(host, $"{Vendors}/{id}")).Body["name"]);
    }

    [Fact]
    public async Task A_vendor_admin_keeps_its_own_profile()
    {
        using var vendor = await fixture.Principals.ClientAsync(Principal.IdleVendor);
        var path = $"{Vendors}/{DemoDirectory.QuickAi}";
        var (original, etag) = await ReadAsync(vendor, path);
        var edited = original.DeepClone().AsObject();
        edited["aiAssistantUsage"] = "Every generated change is reviewed by a second engineer.";

        using var response = await PutAsync(vendor, path, etag, edited);
        var (read, newTag) = await ReadAsync(vendor, path);
        using var restored = await PutAsync(vendor, path, newTag, original);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Every generated change is reviewed by a second engineer.", (string?)read["aiAssistantUsage"]);
        Assert.Equal(HttpStatusCode.OK, restored.StatusCode);
    }

    [Fact]
    public async Task A_vendor_cannot_see_or_edit_another_vendors_profile_even_with_its_current_ETag()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        using var otherVendor = await fixture.Principals.ClientAsync(Principal.UninvitedVendor);
        var path = $"{Vendors}/{DemoDirectory.NeuralWorks}";
        var (before, etag) = await ReadAsync(host, path);

        using var read = await otherVendor.GetAsync(new Uri(path, UriKind.Relative));
        using var edit = await PutAsync(otherVendor, path, etag, FullProfile("Taken over"));
        var list = await otherVendor.GetFromJsonAsync<JsonObject>(new Uri(Vendors, UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, read.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(["DataForge"], list!["items"]!.AsArray().Select(item => (string)item!["name"]!));
        Assert.Equal(before.ToJsonString(), (await ReadAsync(host, path)).Body.ToJsonString());
    }

    [Fact]
    public async Task A_client_organization_reads_a_vendors_whole_profile_and_cannot_edit_it()
    {
        using var evaluator = await fixture.Principals.ClientAsync(Principal.TenantBAdmin);
        var path = $"{Vendors}/{DemoDirectory.DataForge}";

        var (profile, etag) = await ReadAsync(evaluator, path);
        using var edit = await PutAsync(evaluator, path, etag, profile);

        Assert.Contains("data-labeling", Strings(profile["capabilities"]));
        Assert.Contains("south-asia", Strings(profile["regions"]));
        Assert.True((bool)profile["security"]!["hipaa"]!);
        Assert.NotEmpty(profile["teamMembers"]!.AsArray());
        Assert.NotEmpty(profile["rateCard"]!.AsArray());
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    private static List<string> Strings(JsonNode? array) => [.. array!.AsArray().Select(item => (string)item!)];
}
