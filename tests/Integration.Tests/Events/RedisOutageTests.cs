using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using OutsourcingPortal.BuildingBlocks.Events;
using StackExchange.Redis;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>
/// Redis goes away and comes back while the service writes events. The test runs a Redis of its own, since the shared
/// one serves every other test, and a service database of its own.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class RedisOutageTests(AppFixture fixture) : IAsyncLifetime
{
    private readonly string _stream = Probes.NewStream();
    private ScratchServiceDatabase _database = null!;
    private ScratchRedis _redis = null!;

    public async Task InitializeAsync()
    {
        _database = await ScratchServiceDatabase.CreateAsync(fixture);
        _redis = await ScratchRedis.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _redis.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task While_Redis_is_down_events_wait_in_the_outbox_and_afterwards_reach_the_stream_once_each_in_order()
    {
        await using var relay = await EventServiceHost.StartAsync(_database, _redis.ClientOptions, builder => builder.AddEventOutbox(options =>
        {
            options.Stream = _stream;
            options.PollInterval = TimeSpan.FromMilliseconds(100);
            options.Backoff = Probes.QuickBackoff;
        }));
        var health = relay.Services.GetRequiredService<HealthCheckService>();
        var tenant = Probes.Tenant();
        var before = await Probes.PublishAsync(_database, tenant, 0);
        await Probes.UntilPublishedAsync(_database, 1, TimeSpan.FromSeconds(20));

        await _redis.StopAsync();
        var during = new List<Guid>();
        for (var number = 1; number <= 5; number++)
        {
            during.Add((await Probes.PublishAsync(_database, tenant, number)).Id);
        }
        await Eventually.TrueAsync(async () => (await Probes.OutboxAsync(_database))[1].Attempts >= 2, TimeSpan.FromSeconds(30),
            "The relay did not keep trying while Redis was down");

        var waiting = await Probes.OutboxAsync(_database);
        Assert.Equal(during, waiting.Where(row => !row.Published).Select(row => row.Id));
        Assert.NotNull(waiting[1].LastError);
        Assert.Equal(HealthStatus.Degraded, (await health.CheckHealthAsync()).Status);

        await _redis.RestartAsync();
        await Probes.UntilPublishedAsync(_database, 6, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromMilliseconds(500));

        await using var reader = await ConnectionMultiplexer.ConnectAsync(_redis.ClientOptions);
        Assert.Equal([before.Id, .. during], await Probes.StreamEventIdsAsync(reader, _stream));
        Assert.Equal(HealthStatus.Healthy, (await health.CheckHealthAsync()).Status);
    }
}
