using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Tenancy;

namespace OutsourcingPortal.Integration.Tests.Tenancy;

/// <summary>
/// The tenant is set per transaction, so a pooled connection handed from one tenant's request to another's carries
/// nothing across. Two connections, many alternating units of work, the service's own login and tables. Npgsql's
/// reset on return to the pool is switched off, so only the transaction-local setting stands between tenants.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PoolLeakTests(AppFixture fixture)
{
    [Fact]
    public async Task Units_of_work_alternating_tenants_over_two_pooled_connections_never_see_a_foreign_row()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(fixture.App.GetConnectionString("assessmentdb")) { MaxPoolSize = 2, NoResetOnClose = true };
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var tenants = new[] { Actor(), Actor() };
        var owned = new Dictionary<Guid, int> { [tenants[0].TenantId!.Value] = 3, [tenants[1].TenantId!.Value] = 2 };
        foreach (var tenant in tenants)
        {
            await InsertInitiativesAsync(dataSource, tenant, owned[tenant.TenantId!.Value]);
        }

        var seen = await Task.WhenAll(Enumerable.Range(0, 400).Select(async index =>
        {
            var actor = tenants[index % 2];
            await using var work = await UnitOfWork.BeginAsync(dataSource, actor, TimeProvider.System, CancellationToken.None);
            var rows = await ReadTenantsAsync(work);
            return (Actor: actor, Rows: rows);
        }));

        Assert.All(seen, result =>
        {
            Assert.Equal(owned[result.Actor.TenantId!.Value], result.Rows.Count);
            Assert.All(result.Rows, tenant => Assert.Equal(result.Actor.TenantId, tenant));
        });
    }

    [Fact]
    public async Task After_a_tenant_unit_of_work_the_same_connection_carries_no_tenant_into_the_next_use()
    {
        var connectionString = new NpgsqlConnectionStringBuilder(fixture.App.GetConnectionString("assessmentdb")) { MaxPoolSize = 1, NoResetOnClose = true };
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await InsertInitiativesAsync(dataSource, Actor(), 1);

        // The pool's only connection, straight after the tenant's transaction and with nothing set since: a tenant
        // set for the session instead of the transaction would show its row here.
        await using (var plain = dataSource.CreateCommand("select count(*) from initiatives"))
        {
            Assert.Equal(0L, await plain.ExecuteScalarAsync());
        }
        await using var nobody = await UnitOfWork.BeginAsync(dataSource, RequestActor.Nobody, TimeProvider.System, CancellationToken.None);
        Assert.Empty(await ReadTenantsAsync(nobody));
    }

    private static RequestActor Actor() => new(Guid.NewGuid(), "pool test", Guid.NewGuid(), null, false);

    private static async Task InsertInitiativesAsync(NpgsqlDataSource dataSource, RequestActor actor, int count)
    {
        await using var work = await UnitOfWork.BeginAsync(dataSource, actor, TimeProvider.System, CancellationToken.None);
        for (var index = 0; index < count; index++)
        {
            await work.ExecuteAsync(
                "insert into initiatives (tenant_id, id, name, use_case, created_at, updated_at) values (app_tenant_id(), $1, 'Pool test', 'Pool test', now(), now())",
                CancellationToken.None, Guid.CreateVersion7());
        }
        await work.CommitAsync(CancellationToken.None);
    }

    private static async Task<List<Guid>> ReadTenantsAsync(UnitOfWork work)
    {
        await using var command = work.CreateCommand("select tenant_id from initiatives");
        await using var reader = await command.ExecuteReaderAsync();
        var tenants = new List<Guid>();
        while (await reader.ReadAsync())
        {
            tenants.Add(reader.GetGuid(0));
        }
        return tenants;
    }
}
