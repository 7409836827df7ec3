using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Tenancy;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>
/// Row-level security on the outbox and on processed_events, through the application login as a service's units of
/// work use it: a request may add its own tenant's events and nothing more; only the relay's setting reads them.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class OutboxIsolationTests(AppFixture fixture) : IAsyncLifetime
{
    private ScratchServiceDatabase _database = null!;

    public async Task InitializeAsync() => _database = await ScratchServiceDatabase.CreateAsync(fixture);

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Fact]
    public async Task Outbox_rows_are_invisible_to_their_own_tenant_to_another_tenant_and_to_a_request_without_a_tenant()
    {
        var owner = Probes.Tenant();
        await Probes.PublishAsync(_database, owner, 1);

        foreach (var actor in new[] { owner, Probes.Tenant(), RequestActor.Nobody })
        {
            await using var work = await UnitOfWork.BeginAsync(_database.Application, actor, TimeProvider.System, CancellationToken.None);
            Assert.Equal(0L, await work.ScalarAsync<long>("select count(*) from event_outbox", CancellationToken.None));
            Assert.Equal(0, await work.ExecuteAsync("update event_outbox set attempts = 99", CancellationToken.None));
        }
        Assert.Equal(1L, await Probes.CountAsync(_database, "select count(*) from event_outbox"));
    }

    [Fact]
    public async Task Only_a_transaction_that_says_it_is_the_relay_reads_the_outbox_and_it_sees_every_tenant()
    {
        await Probes.PublishAsync(_database, Probes.Tenant(), 1);
        await Probes.PublishAsync(_database, Probes.Tenant(), 2);

        await using var work = await UnitOfWork.BeginAsync(_database.Application, RequestActor.Nobody, TimeProvider.System, CancellationToken.None);
        await work.ExecuteAsync("select set_config('app.event_relay', 'on', true)", CancellationToken.None);

        Assert.Equal(2L, await work.ScalarAsync<long>("select count(distinct tenant_id) from event_outbox", CancellationToken.None));
    }

    [Fact]
    public async Task A_unit_of_work_cannot_add_an_event_for_another_tenant()
    {
        await using var work = await UnitOfWork.BeginAsync(_database.Application, Probes.Tenant(), TimeProvider.System, CancellationToken.None);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => work.ExecuteAsync(
            "insert into event_outbox (tenant_id, id, type, version, occurred_at, actor_name, data) values ($1, $2, 'ProbeRecorded', 1, now(), 'forger', '{}')",
            CancellationToken.None, Guid.NewGuid(), Guid.NewGuid()));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task A_request_without_a_tenant_cannot_publish()
    {
        await using var work = await UnitOfWork.BeginAsync(_database.Application, RequestActor.Nobody, TimeProvider.System, CancellationToken.None);

        await Assert.ThrowsAsync<InvalidOperationException>(() => work.PublishAsync(new ProbeRecorded(1), CancellationToken.None));
    }

    [Theory]
    [InlineData("update event_outbox set data = '{}'")]
    [InlineData("update event_outbox set tenant_id = gen_random_uuid()")]
    [InlineData("delete from event_outbox")]
    public async Task Even_the_relay_cannot_rewrite_or_remove_an_event(string statement)
    {
        await Probes.PublishAsync(_database, Probes.Tenant(), 1);
        await using var work = await UnitOfWork.BeginAsync(_database.Application, RequestActor.Nobody, TimeProvider.System, CancellationToken.None);
        await work.ExecuteAsync("select set_config('app.event_relay', 'on', true)", CancellationToken.None);

        var refused = await Assert.ThrowsAsync<PostgresException>(() => work.ExecuteAsync(statement, CancellationToken.None));

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task Processed_events_are_seen_only_by_their_own_tenant()
    {
        var owner = Probes.Tenant();
        await using (var work = await UnitOfWork.BeginAsync(_database.Application, owner, TimeProvider.System, CancellationToken.None))
        {
            await work.ExecuteAsync(
                "insert into processed_events (tenant_id, event_id, type, processed_at) values ($1, $2, 'ProbeRecorded', now())",
                CancellationToken.None, owner.TenantId, Guid.NewGuid());
            await work.CommitAsync(CancellationToken.None);
        }

        foreach (var (actor, visible) in new[] { (owner, 1L), (Probes.Tenant(), 0L), (RequestActor.Nobody, 0L) })
        {
            await using var work = await UnitOfWork.BeginAsync(_database.Application, actor, TimeProvider.System, CancellationToken.None);
            Assert.Equal(visible, await work.ScalarAsync<long>("select count(*) from processed_events", CancellationToken.None));
        }
    }
}
