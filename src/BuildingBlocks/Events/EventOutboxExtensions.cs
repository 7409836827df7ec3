using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using OutsourcingPortal.Contracts.Events;

namespace OutsourcingPortal.BuildingBlocks.Events;

public static class EventOutboxExtensions
{
    /// <summary>
    /// Registers the relay that publishes the service's outbox to <c>events:&lt;service&gt;</c>, the service named after
    /// its application (<see cref="ServiceName"/>), and the health check that reports a stalled relay as degraded.
    /// Needs the service's <c>NpgsqlDataSource</c> and Redis connection.
    /// </summary>
    public static IHostApplicationBuilder AddEventOutbox(this IHostApplicationBuilder builder, Action<EventRelayOptions>? configure = null)
    {
        var options = new EventRelayOptions { Stream = EventStreams.Of(ServiceName.FromApplicationName(builder.Environment.ApplicationName)) };
        configure?.Invoke(options);
        builder.Services.AddSingleton(options);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<EventRelaySignal>();
        builder.Services.AddSingleton<EventRelayStatus>();
        builder.Services.AddHostedService<EventRelay>();
        builder.Services.AddHealthChecks().AddCheck<EventRelayHealthCheck>("event-relay");
        return builder;
    }
}
