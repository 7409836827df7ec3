using Microsoft.Extensions.DependencyInjection;
using OutsourcingPortal.BuildingBlocks.Events;
using OutsourcingPortal.Contracts.Events;
using StackExchange.Redis;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>
/// A service consuming a stream in a consumer group, with its own database. Delivery is at least once; the handler's
/// changes (an audit row per handling) show that handling is once.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class EventConsumerTests(AppFixture fixture) : IAsyncLifetime
{
    private const string Group = "consumer-test";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    private readonly ProbeHandlings _handlings = new();
    private EventTestBed _bed = null!;

    public async Task InitializeAsync() => _bed = await EventTestBed.CreateAsync(fixture);

    public async Task DisposeAsync() => await _bed.DisposeAsync();

    [Fact]
    public async Task An_event_on_the_stream_twice_and_one_left_by_a_dead_consumer_are_each_handled_once()
    {
        var (left, twice) = await PublishAsync(2);
        var redis = _bed.Redis.GetDatabase();
        await redis.StreamCreateConsumerGroupAsync(_bed.Stream, Group, StreamPosition.Beginning);
        // A replica reads the first entry and dies before acknowledging it.
        Assert.Single(await redis.StreamReadGroupAsync(_bed.Stream, Group, "dead-replica", StreamPosition.NewMessages, count: 1));
        // The second event reaches the stream a second time, as at-least-once delivery allows.
        var copy = (await redis.StreamRangeAsync(_bed.Stream)).Single(entry => entry["id"] == twice.ToString());
        await redis.StreamAddAsync(_bed.Stream, copy.Values);

        await using var consumer = await StartConsumerAsync();
        await UntilAllAcknowledgedAsync(entries: 3);

        Assert.Equal([left, twice], _handlings.Calls.Order());
        Assert.Equal(1, await HandlingsAsync(left));
        Assert.Equal(1, await HandlingsAsync(twice));
        Assert.Equal(2, await Probes.CountAsync(_bed.Database, "select count(*) from processed_events"));
    }

    [Fact]
    public async Task An_event_handled_but_not_acknowledged_is_delivered_again_and_not_handled_twice()
    {
        await using var redisServer = await ScratchRedis.StartAsync();
        await using var redis = await ConnectionMultiplexer.ConnectAsync(redisServer.ClientOptions);
        var (handled, _) = await PublishAsync(1, redisServer.ClientOptions);
        var handledOnce = new TaskCompletionSource();
        // Redis goes away while the handler's unit of work is about to commit, so the acknowledgement cannot follow.
        _handlings.AfterHandling = async _ =>
        {
            _handlings.AfterHandling = _ => Task.CompletedTask;
            await redisServer.StopAsync();
            handledOnce.SetResult();
        };

        await using var consumer = await StartConsumerAsync(redisServer.ClientOptions, claimIdleTime: TimeSpan.FromSeconds(10));
        await handledOnce.Task.WaitAsync(Patience);
        // Longer than the client waits for Redis (ScratchRedis.ClientOptions), so the acknowledgement has failed for good.
        await Task.Delay(TimeSpan.FromSeconds(3));
        await redisServer.RestartAsync();

        var unacknowledged = Assert.Single(await redis.GetDatabase().StreamPendingMessagesAsync(_bed.Stream, Group, 10, RedisValue.Null));
        Assert.Equal(1, unacknowledged.DeliveryCount);
        await Eventually.TrueAsync(async () => await PendingAsync(redis) == 0, Patience, "The entry was not delivered again and acknowledged");
        Assert.Equal([handled], _handlings.Calls);
        Assert.Equal(1, await HandlingsAsync(handled));
    }

    [Fact]
    public async Task A_failing_handler_leaves_no_trace_and_the_event_is_handled_again_later()
    {
        var (failing, _) = await PublishAsync(1);
        _handlings.AfterHandling = _ =>
        {
            _handlings.AfterHandling = _ => Task.CompletedTask;
            throw new InvalidOperationException("The handler fails once");
        };

        await using var consumer = await StartConsumerAsync();
        await UntilAllAcknowledgedAsync(entries: 1);

        Assert.Equal([failing, failing], _handlings.Calls);
        Assert.Equal(1, await HandlingsAsync(failing));
        Assert.Equal(1, await Probes.CountAsync(_bed.Database, "select count(*) from processed_events"));
    }

    /// <summary>Publishes through a relay of the producing service, then stops it: the stream is what consumers get.</summary>
    private async Task<(Guid First, Guid Last)> PublishAsync(int count, ConfigurationOptions? redis = null)
    {
        await using var producer = await EventServiceHost.StartAsync(_bed.Database, redis ?? _bed.RedisOptions,
            builder => builder.AddEventOutbox(options => (options.Stream, options.PollInterval) = (_bed.Stream, TimeSpan.FromMilliseconds(100))));
        var tenant = Probes.Tenant();
        var ids = new List<Guid>();
        for (var number = 0; number < count; number++)
        {
            ids.Add((await Probes.PublishAsync(_bed.Database, tenant, number)).Id);
        }
        await Probes.UntilPublishedAsync(_bed.Database, count, Patience);
        return (ids[0], ids[^1]);
    }

    private Task<EventServiceHost> StartConsumerAsync(ConfigurationOptions? redis = null, TimeSpan? claimIdleTime = null) =>
        EventServiceHost.StartAsync(_bed.Database, redis ?? _bed.RedisOptions, builder =>
        {
            builder.Services.AddSingleton(_handlings);
            builder.AddEventConsumer<ProbeHandler>(_bed.Stream, options =>
            {
                options.Group = Group;
                options.Consumer = "live-replica";
                options.PollInterval = TimeSpan.FromMilliseconds(100);
                options.ClaimIdleTime = claimIdleTime ?? TimeSpan.FromMilliseconds(500);
                options.Backoff = Probes.QuickBackoff;
            });
        });

    private async Task UntilAllAcknowledgedAsync(int entries) =>
        await Eventually.TrueAsync(
            async () =>
            {
                // No such group yet, until the consumer has started.
                var group = (await _bed.Redis.GetDatabase().StreamGroupInfoAsync(_bed.Stream)).SingleOrDefault(group => group.Name == Group);
                return group.EntriesRead >= entries && group.PendingMessageCount == 0;
            },
            Patience, $"The group did not read and acknowledge {entries} entries");

    private async Task<long> PendingAsync(ConnectionMultiplexer redis) =>
        (await redis.GetDatabase().StreamPendingAsync(_bed.Stream, Group)).PendingMessageCount;

    /// <summary>How often the handler's change was committed for the event: one audit row per handling.</summary>
    private Task<long> HandlingsAsync(Guid eventId) =>
        Probes.CountAsync(_bed.Database, "select count(*) from audit_log where action = 'probe-handled' and object_id = $1", eventId);
}
