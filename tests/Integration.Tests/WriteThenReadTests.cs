using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests;

/// <summary>Each service writes to and reads from its own database, reached only through the gateway.</summary>
[Collection(AppCollection.Name)]
public sealed class WriteThenReadTests(AppFixture fixture)
{
    public static TheoryData<string, string> Creations => new()
    {
        { "/api/assessment/initiatives", """{"name":"Invoice triage","useCase":"Classify incoming invoices by cost centre"}""" },
        { "/api/vendors/vendors", """{"organizationId":"0193a000-0000-7000-8000-0000000aaaaa","name":"Acme Applied AI","website":"https://acme.example"}""" },
        { "/api/engagements/engagements", """{"name":"Churn model pilot","vendorId":"0193a000-0000-7000-8000-000000000101","vendorName":"NeuralWorks"}""" },
        { "/api/reporting/exports", """{"report":"portfolio-summary","format":"csv"}""" },
    };

    [Theory]
    [MemberData(nameof(Creations))]
    public async Task A_created_item_can_be_read_back_and_is_listed(string collection, string body)
    {
        using var client = await fixture.Principals.ClientAsync(Principal.WriterOf(collection));
        using var created = await client.PostAsync(new Uri(collection, UriKind.Relative), Json(body));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var item = (await created.Content.ReadFromJsonAsync<JsonObject>())!;
        var id = (string)item["id"]!;

        var read = await client.GetFromJsonAsync<JsonObject>(new Uri($"{collection}/{id}", UriKind.Relative));
        var list = await client.GetFromJsonAsync<JsonObject>(new Uri($"{collection}?pageSize=200", UriKind.Relative));

        Assert.Equal(item.ToJsonString(), read!.ToJsonString());
        Assert.Contains(list!["items"]!.AsArray(), listed => (string?)listed!["id"] == id);
        Assert.True((long)list["total"]! >= 1);
        Assert.Equal(200, (int)list["pageSize"]!);
    }

    [Fact]
    public async Task Engagements_start_in_discovery_and_proof_of_concept()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        using var created = await client.PostAsync(
            new Uri("/api/engagements/engagements", UriKind.Relative),
            Json($$"""{"name":"Support bot","vendorId":"{{Guid.NewGuid()}}","vendorName":"Bots Ltd"}"""));
        var engagement = (await created.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal("discovery-poc", (string?)engagement["phase"]);
    }

    [Theory]
    [InlineData("/api/assessment/initiatives")]
    [InlineData("/api/vendors/vendors")]
    [InlineData("/api/engagements/engagements")]
    [InlineData("/api/reporting/exports")]
    public async Task An_unknown_id_is_404(string collection)
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        using var response = await client.GetAsync(new Uri($"{collection}/{Guid.NewGuid()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private static StringContent Json(string body) => new(body, System.Text.Encoding.UTF8, "application/json");
}
