using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>The seeded demo: a brief in each state, and a risky response whose red flags the evaluators see.</summary>
[Collection(AppCollection.Name)]
public sealed class DemoEvaluationTests(AppFixture fixture)
{
    private const string TriageBrief = "0193a000-0000-7000-8003-000000000003";
    private const string RiskyResponse = "0193a000-0000-7000-8004-000000000002";

    [Fact]
    public async Task The_demo_has_a_brief_in_each_state()
    {
        var northwind = await StatusesAsync(Principal.TenantAEvaluator);
        var contoso = await StatusesAsync(Principal.TenantBAdmin);

        Assert.Equal(("draft", "open", "evaluating"),
            (northwind["Contract clause extraction"], northwind["Invoice triage build"], northwind["Supplier email triage"]));
        Assert.Equal("awarded", contoso["Warranty claim summaries"]);
    }

    [Fact]
    public async Task The_demo_brief_being_evaluated_ranks_two_scored_responses_and_flags_the_risky_one()
    {
        using var executive = await fixture.Principals.ClientAsync(Principal.TenantAExecutive);

        var evaluation = (await executive.GetFromJsonAsync<JsonObject>(new Uri($"/api/vendors/briefs/{TriageBrief}/evaluation", UriKind.Relative)))!;
        var flags = (await executive.GetFromJsonAsync<JsonArray>(
            new Uri($"/api/vendors/briefs/{TriageBrief}/responses/{RiskyResponse}/red-flags", UriKind.Relative)))!;

        var ranked = evaluation["responses"]!.AsArray();
        Assert.Equal(["NeuralWorks", "Atlas Analytics"], ranked.Select(item => (string)item!["vendorName"]!));
        Assert.All(ranked, item => Assert.Equal(2, (int)item!["evaluatorCount"]!));
        var kinds = flags.Select(flag => (string)flag!["kind"]!).ToHashSet();
        Assert.Superset(new HashSet<string> { "guaranteed-accuracy", "undisclosed-team", "no-production-history", "missing-certification" }, kinds);
    }

    private async Task<Dictionary<string, string>> StatusesAsync(Principal principal)
    {
        using var client = await fixture.Principals.ClientAsync(principal);
        var page = (await client.GetFromJsonAsync<JsonObject>(new Uri("/api/vendors/briefs?pageSize=200", UriKind.Relative)))!;
        return page["items"]!.AsArray().GroupBy(item => (string)item!["title"]!).ToDictionary(group => group.Key, group => (string)group.First()!["status"]!);
    }
}
