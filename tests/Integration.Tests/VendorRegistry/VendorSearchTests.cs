using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Integration.Tests.Access;
using static OutsourcingPortal.Integration.Tests.VendorRegistry.VendorsClient;

namespace OutsourcingPortal.Integration.Tests.VendorRegistry;

/// <summary>Finding vendors: by text, capability, vertical, region, and a certification valid on a given day; sorted.</summary>
[Collection(AppCollection.Name)]
public sealed class VendorSearchTests(AppFixture fixture)
{
    [Fact]
    public async Task Filters_narrow_the_registry_and_a_certification_counts_only_on_days_it_is_valid()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAExecutive);
        var marker = Guid.NewGuid().ToString("N")[..10];
        var vision = await RegisterWithProfileAsync(host, Profile($"Bravo {marker}", "computer-vision", "healthcare", "south-asia"));
        var language = await RegisterWithProfileAsync(host, Profile($"alpha {marker}", "nlp", "finance", "latin-america"));
        await RegisterWithProfileAsync(host, Profile($"Charlie {marker}", "nlp", "healthcare", "eastern-europe"));
        await AddCertificationAsync(host, vision, new { kind = "iso-27001", issuedOn = "2025-01-01", expiresOn = "2026-12-31" });
        await AddCertificationAsync(host, language, new { kind = "hitrust", issuedOn = "2020-01-01", expiresOn = "2035-12-31" });

        Assert.Equal(["alpha", "Bravo", "Charlie"], await NamesAsync(client, $"q={marker}"));
        Assert.Equal(["Charlie", "Bravo", "alpha"], await NamesAsync(client, $"q={marker}&sort=-name"));
        Assert.Equal(["alpha", "Charlie"], await NamesAsync(client, $"q={marker}&capability=nlp"));
        Assert.Equal(["Bravo", "Charlie"], await NamesAsync(client, $"q={marker}&vertical=healthcare"));
        Assert.Equal(["alpha"], await NamesAsync(client, $"q={marker}&region=latin-america"));
        Assert.Equal(["Bravo"], await NamesAsync(client, $"q={marker}&certification=iso-27001&validOn=2026-12-31"));
        Assert.Empty(await NamesAsync(client, $"q={marker}&certification=iso-27001&validOn=2027-01-01"));
        Assert.Empty(await NamesAsync(client, $"q={marker}&certification=iso-27001&validOn=2024-12-31"));
        Assert.Equal(["alpha", "Bravo"], await NamesAsync(client, $"q={marker}&validOn=2026-06-01"));
        Assert.Equal(["alpha"], await NamesAsync(client, $"q={marker}&certification=hitrust"));
        Assert.Equal(["Bravo"], await NamesAsync(client, $"q={marker}&capability=computer-vision&vertical=healthcare&region=south-asia"));
    }

    [Fact]
    public async Task Text_search_finds_a_capability_as_people_write_it()
    {
        using var host = await fixture.Principals.ClientAsync(Principal.HostOperator);
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAExecutive);
        var id = await RegisterWithProfileAsync(host, Profile($"Labelers {Guid.NewGuid():N}", "data-labeling", "retail", "oceania"));

        var page = await client.GetFromJsonAsync<JsonObject>(new Uri($"{Vendors}?q=data%20labeling&pageSize=200", UriKind.Relative));

        Assert.Contains(page!["items"]!.AsArray(), item => (Guid)item!["id"]! == id);
        Assert.All(page["items"]!.AsArray(), item => Assert.Contains("data-labeling", item!["capabilities"]!.AsArray().Select(value => (string)value!)));
    }

    private static JsonObject Profile(string name, string capability, string vertical, string region)
    {
        var profile = FullProfile(name);
        profile["capabilities"] = new JsonArray(capability);
        profile["verticals"] = new JsonArray(vertical);
        profile["regions"] = new JsonArray(region);
        return profile;
    }

    private static async Task<List<string>> NamesAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync(new Uri($"{Vendors}?{query}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        return [.. page["items"]!.AsArray().Select(item => ((string)item!["name"]!).Split(' ')[0])];
    }
}
