using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests.Assessment;

/// <summary>Initiatives as an evaluator keeps them: described in full, found again by search, sorted, archived and restored.</summary>
[Collection(AppCollection.Name)]
public sealed class InitiativeTests(AppFixture fixture)
{
    private const string Initiatives = "/api/assessment/initiatives";

    [Fact]
    public async Task Every_field_written_on_create_reads_back_as_written_and_a_new_initiative_is_proposed()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var body = new
        {
            name = "  Churn prediction  ", useCase = "Predict which subscribers cancel next month", owner = "Retention team",
            businessOutcome = "Keep more subscribers", targetWorkflow = "Monthly retention campaign", baseline = "2.4% monthly churn",
            successMetric = "Churn below 2% for two quarters", budget = 150000.50m, deadline = "2027-05-31",
        };

        using var created = await client.PostAsJsonAsync(new Uri(Initiatives, UriKind.Relative), body);
        var read = await client.GetFromJsonAsync<JsonObject>(created.Headers.Location!.ToString().Replace("/initiatives", Initiatives, StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("Churn prediction", (string?)read!["name"]);
        Assert.Equal(("Retention team", "2.4% monthly churn", "Churn below 2% for two quarters"),
            ((string?)read["owner"], (string?)read["baseline"], (string?)read["successMetric"]));
        Assert.Equal((150000.50m, "2027-05-31"), ((decimal?)read["budget"], (string?)read["deadline"]));
        Assert.Equal("proposed", (string?)read["status"]);
        Assert.Null(read["archivedAt"]);
    }

    [Fact]
    public async Task A_search_finds_by_name_use_case_or_owner_and_takes_wildcards_literally()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var marker = Guid.NewGuid().ToString("N")[..10];
        await CreateAsync(client, new { name = $"Named {marker}", useCase = "Search test" });
        await CreateAsync(client, new { name = "Search test", useCase = $"Use case {marker}" });
        await CreateAsync(client, new { name = "Search test", useCase = "Search test", owner = $"Owner {marker}" });
        await CreateAsync(client, new { name = "Search test 100% literal_", useCase = "Search test" });

        Assert.Equal(3, (await ListAsync(client, $"q={marker.ToUpperInvariant()}")).Count);
        Assert.Single(await ListAsync(client, "q=100%25 literal_"));
        Assert.Empty(await ListAsync(client, $"q=%25{marker}%25x"));
    }

    [Fact]
    public async Task Lists_sort_by_the_field_asked_for_in_either_direction()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var marker = Guid.NewGuid().ToString("N")[..10];
        foreach (var (name, budget) in new[] { ("Bravo", 20m), ("alpha", 30m), ("Charlie", 10m) })
        {
            await CreateAsync(client, new { name = $"{name} {marker}", useCase = "Sort test", budget });
        }

        Assert.Equal(["alpha", "Bravo", "Charlie"], Names(await ListAsync(client, $"q={marker}&sort=name")));
        Assert.Equal(["Charlie", "Bravo", "alpha"], Names(await ListAsync(client, $"q={marker}&sort=-name")));
        Assert.Equal(["Charlie", "Bravo", "alpha"], Names(await ListAsync(client, $"q={marker}&sort=budget")));
        Assert.Equal(["Charlie", "alpha", "Bravo"], Names(await ListAsync(client, $"q={marker}&sort=-createdAt")));
    }

    [Fact]
    public async Task An_archived_initiative_leaves_the_list_keeps_its_content_and_comes_back_when_restored()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var marker = Guid.NewGuid().ToString("N")[..10];
        var id = await CreateAsync(client, new { name = $"Archive {marker}", useCase = "Archive test", owner = "Kept" });

        using var archived = await client.PostAsync(new Uri($"{Initiatives}/{id}/archive", UriKind.Relative), null);
        using var again = await client.PostAsync(new Uri($"{Initiatives}/{id}/archive", UriKind.Relative), null);
        var active = await ListAsync(client, $"q={marker}");
        var archive = await ListAsync(client, $"q={marker}&archived=true");
        using var restored = await client.PostAsync(new Uri($"{Initiatives}/{id}/restore", UriKind.Relative), null);

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK), (archived.StatusCode, again.StatusCode, restored.StatusCode));
        Assert.Empty(active);
        var entry = Assert.Single(archive);
        Assert.Equal("Kept", (string?)entry!["owner"]);
        Assert.NotNull(entry["archivedAt"]);
        Assert.Single(await ListAsync(client, $"q={marker}"));
        Assert.Equal(["archive", "restore"], await ChangeActionsAsync(id));
    }

    [Fact]
    public async Task Filtering_by_status_shows_only_initiatives_at_that_stage()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var marker = Guid.NewGuid().ToString("N")[..10];
        await CreateAsync(client, new { name = $"Status {marker}", useCase = "Status test" });

        Assert.Single(await ListAsync(client, $"q={marker}&status=proposed"));
        Assert.Empty(await ListAsync(client, $"q={marker}&status=assessed"));
    }

    private static async Task<Guid> CreateAsync(HttpClient client, object body)
    {
        using var response = await client.PostAsJsonAsync(new Uri(Initiatives, UriKind.Relative), body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (Guid)(await response.Content.ReadFromJsonAsync<JsonObject>())!["id"]!;
    }

    private static async Task<List<JsonNode?>> ListAsync(HttpClient client, string query)
    {
        var page = await client.GetFromJsonAsync<JsonObject>(new Uri($"{Initiatives}?{query}", UriKind.Relative));
        return [.. page!["items"]!.AsArray()];
    }

    private static List<string> Names(List<JsonNode?> items) => items.Select(item => ((string)item!["name"]!).Split(' ')[0]).ToList();

    /// <summary>The audit log's record of changes after creation, oldest first.</summary>
    private async Task<List<string>> ChangeActionsAsync(Guid id)
    {
        using var admin = await fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        var log = await admin.GetFromJsonAsync<JsonObject>(new Uri($"/api/assessment/audit-log?objectId={id}", UriKind.Relative));
        return log!["items"]!.AsArray().Select(entry => (string)entry!["action"]!).Where(action => action != "create").Reverse().ToList();
    }
}
