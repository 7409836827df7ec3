using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests;

/// <summary>An edit applies only to the version the editor read: no lost updates, and a clear answer when it is stale.</summary>
[Collection(AppCollection.Name)]
public sealed class OptimisticConcurrencyTests(AppFixture fixture)
{
    [Fact]
    public async Task An_edit_with_the_current_ETag_succeeds_returns_a_new_ETag_and_is_audited_with_before_and_after()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var (path, etag) = await CreateAsync(client);

        using var response = await PutAsync(client, path, etag, new { name = "Renamed", useCase = "A clearer use case" });
        var updated = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        using var admin = await fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        var log = await admin.GetFromJsonAsync<JsonObject>(new Uri($"/api/assessment/audit-log?objectId={updated["id"]}", UriKind.Relative));
        var update = Assert.Single(log!["items"]!.AsArray(), entry => (string?)entry!["action"] == "update")!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEqual(etag, response.Headers.ETag);
        Assert.Equal("Renamed", (string?)updated["name"]);
        Assert.Equal("Matrix of one", (string?)update["before"]!["name"]);
        Assert.Equal("Renamed", (string?)update["after"]!["name"]);
    }

    [Fact]
    public async Task An_edit_without_If_Match_is_428_and_changes_nothing()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var (path, _) = await CreateAsync(client);

        using var response = await PutAsync(client, path, etag: null, new { name = "Blind write", useCase = "No ETag" });

        Assert.Equal(HttpStatusCode.PreconditionRequired, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Matrix of one", (string?)(await client.GetFromJsonAsync<JsonObject>(new Uri(path, UriKind.Relative)))!["name"]);
    }

    [Fact]
    public async Task The_second_of_two_edits_from_the_same_version_is_412_and_the_first_stands()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var (path, etag) = await CreateAsync(client);

        using var first = await PutAsync(client, path, etag, new { name = "First editor", useCase = "Wins" });
        using var second = await PutAsync(client, path, etag, new { name = "Second editor", useCase = "Loses" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.PreconditionFailed, second.StatusCode);
        Assert.Equal("First editor", (string?)(await client.GetFromJsonAsync<JsonObject>(new Uri(path, UriKind.Relative)))!["name"]);
    }

    [Fact]
    public async Task An_invalid_edit_is_400_and_changes_nothing()
    {
        using var client = await fixture.Principals.ClientAsync(Principal.TenantAEvaluator);
        var (path, etag) = await CreateAsync(client);

        using var response = await PutAsync(client, path, etag, new { name = "", useCase = new string('x', 5000) });
        var problem = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull(problem["errors"]!["name"]);
        Assert.NotNull(problem["errors"]!["useCase"]);
        Assert.Equal("Matrix of one", (string?)(await client.GetFromJsonAsync<JsonObject>(new Uri(path, UriKind.Relative)))!["name"]);
    }

    private static async Task<(string Path, EntityTagHeaderValue ETag)> CreateAsync(HttpClient client)
    {
        using var created = await client.PostAsJsonAsync(
            new Uri("/api/assessment/initiatives", UriKind.Relative), new { name = "Matrix of one", useCase = "Concurrency" });
        var path = $"/api/assessment/initiatives/{(await created.Content.ReadFromJsonAsync<JsonObject>())!["id"]}";
        using var read = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (path, read.Headers.ETag!);
    }

    private static async Task<HttpResponseMessage> PutAsync(HttpClient client, string path, EntityTagHeaderValue? etag, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Put, new Uri(path, UriKind.Relative)) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(etag);
        }
        return await client.SendAsync(request);
    }
}
