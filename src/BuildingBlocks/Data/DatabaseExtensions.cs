using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;
using OpenTelemetry.Trace;

namespace OutsourcingPortal.BuildingBlocks.Data;

public static class DatabaseExtensions
{
    /// <summary>
    /// Registers the service's <see cref="NpgsqlDataSource"/> from <c>ConnectionStrings:{connectionName}</c> (what
    /// Aspire.Npgsql registers), with tracing and a health check that really queries the database. Migrations use
    /// <c>ConnectionStrings:{connectionName}-migrations</c> when it is given (the owner role), otherwise the same login.
    /// The service's own pool takes <see cref="DatabasePoolOptions"/> from the <c>Database</c> section.
    /// </summary>
    public static IHostApplicationBuilder AddServiceDatabase(this IHostApplicationBuilder builder, string connectionName)
    {
        var configuredConnectionString = builder.Configuration.GetRequiredConnectionString(connectionName);
        var migrationConnectionString = builder.Configuration.GetConnectionString(connectionName + ServiceDatabase.MigrationsSuffix)
            ?? configuredConnectionString;
        var pool = builder.Configuration.GetSection(DatabasePoolOptions.SectionName).Get<DatabasePoolOptions>() ?? new();
        var connectionString = pool.ApplyTo(configuredConnectionString);
        builder.Services.AddSingleton(new ServiceDatabase(connectionName, connectionString, migrationConnectionString));
        builder.Services.AddNpgsqlDataSource(connectionString);
        builder.Services.AddHealthChecks().AddCheck<PostgresHealthCheck>("postgres");
        builder.Services.AddOpenTelemetry().WithTracing(tracing => tracing.AddNpgsql());
        return builder;
    }
}
