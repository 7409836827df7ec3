using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OutsourcingPortal.BuildingBlocks.Events;

/// <summary>
/// Degraded, never unhealthy, while the relay cannot publish: the service still serves and keeps every event in its
/// outbox until Redis is back, so restarting it would not help. The report names the exception type only, since
/// health reports are anonymous.
/// </summary>
internal sealed class EventRelayHealthCheck(EventRelayStatus status, TimeProvider clock) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var (waitingSince, failure) = status.Current;
        if (failure is null)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Events are published as they are written"));
        }
        var waiting = waitingSince is { } since
            ? $"the oldest unpublished event has waited {(clock.GetUtcNow() - since).TotalSeconds:0} s"
            : "the outbox cannot be read";
        return Task.FromResult(HealthCheckResult.Degraded($"Publishing events fails ({failure.GetType().Name}); {waiting}"));
    }
}
