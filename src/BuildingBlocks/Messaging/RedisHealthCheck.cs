using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace OutsourcingPortal.BuildingBlocks.Messaging;

internal sealed class RedisHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var latency = await redis.GetDatabase().PingAsync();
            return HealthCheckResult.Healthy($"Redis answers in {latency.TotalMilliseconds:0.0} ms");
        }
        catch (RedisException exception)
        {
            return HealthCheckResult.Unhealthy("Redis does not answer", exception);
        }
    }
}
