using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace OutsourcingPortal.BuildingBlocks.Events;

public static class EventConsumerExtensions
{
    /// <summary>
    /// Consumes <paramref name="stream"/> (one of <see cref="Contracts.Events.EventStreams"/>) with
    /// <typeparamref name="THandler"/>, in a consumer group named after this service (<see cref="ServiceName"/>). One
    /// handler per stream and service; it routes on the event type. Needs the service's <c>NpgsqlDataSource</c> and
    /// Redis connection, as <c>AddServiceApi</c> registers them.
    /// </summary>
    public static IHostApplicationBuilder AddEventConsumer<THandler>(
        this IHostApplicationBuilder builder, string stream, Action<EventConsumerOptions>? configure = null)
        where THandler : class, IEventHandler
    {
        var options = new EventConsumerOptions { Stream = stream, Group = ServiceName.FromApplicationName(builder.Environment.ApplicationName) };
        configure?.Invoke(options);
        builder.Services.TryAddScoped<THandler>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<EventRelaySignal>();
        // Not AddHostedService, which keeps one hosted service per type: the same handler may consume two streams.
        builder.Services.AddSingleton<IHostedService>(services => ActivatorUtilities.CreateInstance<EventConsumer<THandler>>(services, options));
        return builder;
    }
}
