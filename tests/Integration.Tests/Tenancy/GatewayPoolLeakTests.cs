using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Npgsql;
using OutsourcingPortal.Integration.Tests.Access;

namespace OutsourcingPortal.Integration.Tests.Tenancy;

/// <summary>
/// The whole path, as users reach it: two organizations' requests interleaved through the gateway into a service
/// whose pool holds two connections that are not reset on return (<see cref="AppFixture"/>). Every answer shows
/// only the caller's rows and every write lands in the caller's tenant.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class GatewayPoolLeakTests(AppFixture fixture)
{
    private const string Initiatives = "/api/assessment/initiatives";
    private const int Requests = 240;

    [Fact]
    public async Task Concurrent_reads_and_writes_alternating_organizations_over_a_pool_of_two_never_cross_tenants()
    {
        using var northwind = await fixture.Principals.ClientAsync(Principal.TenantAAdmin);
        using var contoso = await fixture.Principals.ClientAsync(Principal.TenantBAdmin);
        var callers = new[] { northwind, contoso };
        var before = new[] { await IdsAsync(northwind), await IdsAsync(contoso) };
        Assert.Empty(before[0].Intersect(before[1]));

        var created = new[] { new List<Guid>(), new List<Guid>() };
        using var sampling = new CancellationTokenSource();
        var peakConnections = SamplePeakConnectionsAsync(sampling.Token);
        var answers = await Task.WhenAll(Enumerable.Range(0, Requests).Select(async index =>
        {
            var tenant = index % 2;
            return index % 3 == 0
                ? (Tenant: tenant, Read: null, Created: await CreateAsync(callers[tenant], index))
                : (Tenant: tenant, Read: await IdsAsync(callers[tenant]), Created: (Guid?)null);
        }));
        await sampling.CancelAsync();

        foreach (var answer in answers.Where(answer => answer.Created is not null))
        {
            created[answer.Tenant].Add(answer.Created!.Value);
        }
        foreach (var answer in answers.Where(answer => answer.Read is not null))
        {
            var foreign = 1 - answer.Tenant;
            Assert.Empty(answer.Read!.Intersect(before[foreign].Concat(created[foreign])));
            Assert.Superset(before[answer.Tenant], answer.Read!);
        }
        for (var tenant = 0; tenant < 2; tenant++)
        {
            Assert.Equal(before[tenant].Concat(created[tenant]).ToHashSet(), await IdsAsync(callers[tenant]));
        }
        Assert.InRange(await peakConnections, 1, PooledService.MaxPoolSize);
    }

    private static async Task<HashSet<Guid>> IdsAsync(HttpClient caller)
    {
        var page = await caller.GetFromJsonAsync<JsonObject>(new Uri($"{Initiatives}?pageSize=200", UriKind.Relative));
        var items = page!["items"]!.AsArray();
        Assert.True(items.Count < 200, "The tenant has more initiatives than one page; the comparison would be partial.");
        return items.Select(item => (Guid)item!["id"]!).ToHashSet();
    }

    private static async Task<Guid> CreateAsync(HttpClient caller, int index)
    {
        using var response = await caller.PostAsJsonAsync(
            new Uri(Initiatives, UriKind.Relative), new { name = $"Pool {index}", useCase = "Pool leak test" });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (Guid)body!["id"]!;
    }

    /// <summary>The most connections the service's login held at once while the requests ran.</summary>
    private async Task<long> SamplePeakConnectionsAsync(CancellationToken stop)
    {
        var login = ServiceDatabases.ApplicationRole(fixture, PooledService.Database);
        // The test process's own pooled logins would be counted too; none may linger.
        NpgsqlConnection.ClearAllPools();
        await using var superuser = ServiceDatabases.Superuser(fixture, PooledService.Database);
        await superuser.OpenAsync(CancellationToken.None);
        await using var count = new NpgsqlCommand(
            "select count(*) from pg_stat_activity where usename = $1 and datname = current_database()", superuser)
        {
            Parameters = { new() { Value = login } },
        };
        var peak = 0L;
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, (long)(await count.ExecuteScalarAsync(CancellationToken.None))!);
            await Task.Delay(TimeSpan.FromMilliseconds(20), CancellationToken.None);
        }
        return peak;
    }
}
