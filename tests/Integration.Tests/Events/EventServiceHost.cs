using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>
/// A service process reduced to its event machinery: the scratch database's application login and a Redis connection,
/// with relays and consumers registered the way a service registers them (<c>AddEventOutbox</c>, <c>AddEventConsumer</c>).
/// Disposing it stops it as a service stops.
/// </summary>
public sealed class EventServiceHost : IAsyncDisposable
{
    private readonly IHost _host;

    private EventServiceHost(IHost host) => _host = host;

    public IServiceProvider Services => _host.Services;

    public static async Task<EventServiceHost> StartAsync(
        ScratchServiceDatabase database, ConfigurationOptions redis, Action<HostApplicationBuilder> addEventMachinery)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Services.AddNpgsqlDataSource(database.Database.ConnectionString);
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(redis));
        addEventMachinery(builder);
        var host = builder.Build();
        await host.StartAsync();
        return new EventServiceHost(host);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
