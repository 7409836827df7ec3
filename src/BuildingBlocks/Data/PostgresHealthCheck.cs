using Microsoft.Extensions.Diagnostics.HealthChecks;
using Npgsql;

namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>Healthy when the service's own database answers a query (the maintained package is not served at a current version).</summary>
internal sealed class PostgresHealthCheck(NpgsqlDataSource dataSource) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var command = dataSource.CreateCommand("select 1");
            await command.ExecuteScalarAsync(cancellationToken);
            return HealthCheckResult.Healthy("PostgreSQL answers");
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy("PostgreSQL does not answer", exception);
        }
    }
}
