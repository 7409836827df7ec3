using Microsoft.Extensions.DependencyInjection;
using OutsourcingPortal.BuildingBlocks.Events;
using StackExchange.Redis;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>
/// Outbox to stream: each test has its own service database and stream, and runs the relay as a service registers it,
/// against the application's PostgreSQL server and Redis.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EventRelayTests(AppFixture fixture) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private EventTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await EventTestBed.CreateAsync(fixture);

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task An_event_of_a_committed_unit_of_work_appears_on_the_stream_exactly_once()
    {
        await using var relay = await StartRelayAsync();
        var tenant = Probes.Tenant();

        var published = await Probes.PublishAsync(_bed.Database, tenant, 7);
        await Probes.UntilPublishedAsync(_bed.Database, 1, Patience);
        // Several more rounds of the relay, which must find nothing left to send.
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var entry = Assert.Single(await _bed.Redis.GetDatabase().StreamRangeAsync(_bed.Stream));
        Assert.Equal(published.Id.ToString(), entry["id"].ToString());
        Assert.Equal(nameof(ProbeRecorded), entry["type"].ToString());
        Assert.Equal("1", entry["version"].ToString());
        Assert.Equal(tenant.TenantId.ToString(), entry["tenantId"].ToString());
        Assert.Equal("{\"number\": 7}", entry["data"].ToString());
        Assert.Equal(entry.Id.ToString(), Assert.Single(await Probes.OutboxAsync(_bed.Database)).StreamEntryId);
    }

    [Fact]
    public async Task An_event_of_a_rolled_back_unit_of_work_never_appears()
    {
        await using var relay = await StartRelayAsync();
        var tenant = Probes.Tenant();

        await Probes.PublishAsync(_bed.Database, tenant, 1, commit: false);
        var committed = await Probes.PublishAsync(_bed.Database, tenant, 2);
        await Probes.UntilPublishedAsync(_bed.Database, 1, Patience);

        Assert.Equal([committed.Id], await Probes.StreamEventIdsAsync(_bed.Redis, _bed.Stream));
        Assert.Equal([committed.Id], (await Probes.OutboxAsync(_bed.Database)).Select(row => row.Id));
    }

    [Fact]
    public async Task A_commit_wakes_the_relay_so_the_event_leaves_long_before_the_next_poll()
    {
        await using var relay = await StartRelayAsync(options => options.PollInterval = TimeSpan.FromMinutes(5));
        // The relay's first round has found the outbox empty and now waits for its next poll.
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var published = await Probes.PublishAsync(_bed.Database, Probes.Tenant(), 1, relaySignal: relay.Services.GetRequiredService<EventRelaySignal>());

        await Probes.UntilPublishedAsync(_bed.Database, 1, TimeSpan.FromSeconds(10));
        Assert.Equal([published.Id], await Probes.StreamEventIdsAsync(_bed.Redis, _bed.Stream));
    }

    [Fact]
    public async Task An_event_sent_again_after_its_marking_was_lost_is_not_added_to_the_stream_twice()
    {
        await using var relay = await StartRelayAsync();
        var published = await Probes.PublishAsync(_bed.Database, Probes.Tenant(), 1);
        await Probes.UntilPublishedAsync(_bed.Database, 1, Patience);
        var entryId = Assert.Single(await Probes.OutboxAsync(_bed.Database)).StreamEntryId;

        // As if the relay had crashed after Redis took the event and before its transaction committed.
        await Probes.ExecuteAsync(_bed.Database, "update event_outbox set published_at = null, stream_entry_id = null");
        await Probes.UntilPublishedAsync(_bed.Database, 1, Patience);

        Assert.Equal([published.Id], await Probes.StreamEventIdsAsync(_bed.Redis, _bed.Stream));
        Assert.Equal(entryId, Assert.Single(await Probes.OutboxAsync(_bed.Database)).StreamEntryId);
    }

    [Fact]
    public async Task Two_relays_running_at_once_never_publish_an_event_twice()
    {
        const int Events = 300;
        // Small batches, so the two replicas' relays take turns on the outbox and meet on locked rows.
        await using var first = await StartRelayAsync(options => options.BatchSize = 5);
        await using var second = await StartRelayAsync(options => options.BatchSize = 5);
        var tenants = new[] { Probes.Tenant(), Probes.Tenant() };

        await Task.WhenAll(Enumerable.Range(0, Events).Select(number => Probes.PublishAsync(_bed.Database, tenants[number % 2], number)));
        await Probes.UntilPublishedAsync(_bed.Database, Events, TimeSpan.FromMinutes(1));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        var onStream = await Probes.StreamEventIdsAsync(_bed.Redis, _bed.Stream);
        Assert.Equal(Events, onStream.Count);
        Assert.Equal((await Probes.OutboxAsync(_bed.Database)).Select(row => row.Id).ToHashSet(), onStream.ToHashSet());
    }

    private Task<EventServiceHost> StartRelayAsync(Action<EventRelayOptions>? configure = null) =>
        EventServiceHost.StartAsync(_bed.Database, _bed.RedisOptions, builder => builder.AddEventOutbox(options =>
        {
            options.Stream = _bed.Stream;
            options.PollInterval = TimeSpan.FromMilliseconds(100);
            configure?.Invoke(options);
        }));
}
