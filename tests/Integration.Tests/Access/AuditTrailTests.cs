using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Integration.Tests.Tenancy;

namespace OutsourcingPortal.Integration.Tests.Access;

/// <summary>Every change leaves exactly one audit row, written with it; refused attempts are kept too.</summary>
[Collection(AppCollection.Name)]
public sealed class AuditTrailTests(AppFixture fixture)
{
    [Theory]
    [MemberData(nameof(AccessMatrix.Creates), MemberType = typeof(AccessMatrix))]
    public async Task Every_create_endpoint_leaves_exactly_one_audit_row_naming_who_and_what(EndpointRule rule)
    {
        var writer = Principal.WriterOf(rule.Collection);
        using var client = await fixture.Principals.ClientAsync(writer);
        var scenario = await AccessScenario.GetAsync(fixture);

        using var response = await client.PostAsync(new Uri(rule.PathIn(scenario), UriKind.Relative), rule.Content(scenario));
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.Created, $"{(int)response.StatusCode} {body}");
        var created = JsonNode.Parse(body)!.AsObject();
        var rows = await AuditRowsAsync(rule.Route, Guid.Parse((string)created["id"]!));

        var row = Assert.Single(rows);
        Assert.Equal(("create", "succeeded", writer.Account!.DisplayName), (row.Action, row.Outcome, row.ActorName));
        // The host operator and vendors act for no client organization.
        Assert.Equal(writer.IsClient ? writer.Account.OrganizationId : null, row.TenantId);
        Assert.Null(row.Before);
        Assert.Equal((string)created["id"]!, (string?)JsonNode.Parse(row.After!)!["id"]);
    }

    [Fact]
    public async Task Reading_another_tenants_object_is_refused_with_404_and_kept_in_the_readers_audit_log()
    {
        var initiative = (await AccessScenario.GetAsync(fixture)).Objects["/api/assessment/initiatives"];
        var id = Guid.Parse((string)initiative["id"]!);
        using var foreign = await fixture.Principals.ClientAsync(Principal.TenantBAdmin);

        using var response = await foreign.GetAsync(new Uri($"/api/assessment/initiatives/{id}", UriKind.Relative));
        var log = await foreign.GetFromJsonAsync<JsonObject>(new Uri($"/api/assessment/audit-log?objectId={id}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(log!["items"]!.AsArray(), entry => (string?)entry!["outcome"] == "denied" && (string?)entry["action"] == "read");
        Assert.Contains(await AuditRowsAsync("/api/assessment", id), row => row.TenantId == DemoDirectory.Contoso && row.Outcome == "denied");
    }

    [Fact]
    public async Task A_role_refused_by_policy_is_kept_in_the_audit_log_as_forbidden()
    {
        using var executive = await fixture.Principals.ClientAsync(Principal.TenantAExecutive);
        var before = await CountForbiddenAsync();

        using var response = await executive.PostAsJsonAsync(
            new Uri("/api/assessment/initiatives", UriKind.Relative), new { name = "Not allowed", useCase = "Executives read only" });

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(before + 1, await CountForbiddenAsync());
    }

    [Fact]
    public async Task Org_admins_filter_their_audit_log_by_person_and_object()
    {
        var initiative = (await AccessScenario.GetAsync(fixture)).Objects["/api/assessment/initiatives"];
        using var admin = await fixture.Principals.ClientAsync(Principal.TenantAAdmin);

        var byObject = await admin.GetFromJsonAsync<JsonObject>(new Uri($"/api/assessment/audit-log?objectId={initiative["id"]}", UriKind.Relative));
        var entry = Assert.Single(byObject!["items"]!.AsArray(), item => (string?)item!["action"] == "create")!;
        var byActor = await admin.GetFromJsonAsync<JsonObject>(new Uri($"/api/assessment/audit-log?actor={entry["actorId"]}&pageSize=200", UriKind.Relative));
        var future = await admin.GetFromJsonAsync<JsonObject>(
            new Uri($"/api/assessment/audit-log?from={DateTimeOffset.UtcNow.AddDays(1):O}".Replace("+", "%2B", StringComparison.Ordinal), UriKind.Relative));

        Assert.Equal("Noah Evaluator", (string?)entry["actorName"]);
        Assert.All(byActor!["items"]!.AsArray(), item => Assert.Equal((string?)entry["actorId"], (string?)item!["actorId"]));
        Assert.Equal(0, (int)future!["total"]!);
    }

    private async Task<long> CountForbiddenAsync()
    {
        await using var connection = ServiceDatabases.Superuser(fixture, "assessmentdb");
        await connection.OpenAsync();
        var count = await CatalogTests.ReadAsync(connection,
            "select count(*) from audit_log where outcome = 'forbidden' and tenant_id = $1 and action = 'POST /initiatives/'",
            row => row.GetInt64(0), DemoDirectory.Northwind);
        return count.Single();
    }

    private async Task<List<AuditRow>> AuditRowsAsync(string route, Guid objectId)
    {
        await using var connection = ServiceDatabases.Superuser(fixture, ServiceDatabases.Of(route));
        await connection.OpenAsync();
        return await CatalogTests.ReadAsync(connection,
            "select tenant_id, action, outcome, actor_name, before::text, after::text from audit_log where object_id = $1",
            row => new AuditRow(
                row.IsDBNull(0) ? null : row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetString(3),
                row.IsDBNull(4) ? null : row.GetString(4), row.IsDBNull(5) ? null : row.GetString(5)),
            objectId);
    }

    private sealed record AuditRow(Guid? TenantId, string Action, string Outcome, string ActorName, string? Before, string? After);
}
