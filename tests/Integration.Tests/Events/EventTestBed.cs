using StackExchange.Redis;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>
/// What an event test works on: a service database of its own, and a stream of its own on the application's Redis with
/// a connection to look at it. Disposing removes both.
/// </summary>
public sealed class EventTestBed : IAsyncDisposable
{
    private readonly string _redisConnectionString;

    private EventTestBed(ScratchServiceDatabase database, string redisConnectionString, ConnectionMultiplexer redis)
    {
        Database = database;
        _redisConnectionString = redisConnectionString;
        Redis = redis;
    }

    public string Stream { get; } = Probes.NewStream();

    public ScratchServiceDatabase Database { get; }

    public ConnectionMultiplexer Redis { get; }

    /// <summary>How a service of the test connects to the application's Redis.</summary>
    public ConfigurationOptions RedisOptions
    {
        get
        {
            var options = ConfigurationOptions.Parse(_redisConnectionString);
            options.AbortOnConnectFail = false;
            return options;
        }
    }

    public static async Task<EventTestBed> CreateAsync(AppFixture fixture)
    {
        var redisConnectionString = fixture.App.GetConnectionString("cache");
        var database = await ScratchServiceDatabase.CreateAsync(fixture);
        return new EventTestBed(database, redisConnectionString, await ConnectionMultiplexer.ConnectAsync(redisConnectionString));
    }

    public async ValueTask DisposeAsync()
    {
        await Redis.GetDatabase().KeyDeleteAsync(Stream);
        await Redis.DisposeAsync();
        await Database.DisposeAsync();
    }
}
