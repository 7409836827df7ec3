using System.Reflection;
using DbUp;
using DbUp.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace OutsourcingPortal.BuildingBlocks.Data;

public static class MigrationExtensions
{
    // Any constant works, as long as every service uses the same one for its own database.
    private const long MigrationLockKey = 0x4F505F4D49475241;

    /// <summary>
    /// Applies the shared schema (tenancy functions, audit log), then the service's embedded
    /// <c>Migrations/NNNN_description.sql</c> scripts, in order, once each, recorded in <c>schema_migrations</c>, under
    /// an advisory lock so that two replicas starting together do not race. Scripts run as the owner role and write
    /// <c>$app_role$</c> where they grant the application role its privileges.
    /// </summary>
    public static Task MigrateDatabaseAsync(this WebApplication app, Assembly? scriptsAssembly = null) =>
        app.Services.GetRequiredService<ServiceDatabase>().MigrateAsync(
            scriptsAssembly ?? Assembly.GetEntryAssembly()!,
            app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("Migrations"));

    /// <summary>The same for a database given directly, such as the scratch databases of tests.</summary>
    public static async Task MigrateAsync(this ServiceDatabase database, Assembly scriptsAssembly, ILogger logger)
    {
        await using var lockConnection = new NpgsqlConnection(database.MigrationConnectionString);
        await lockConnection.OpenAsync();
        await using (var acquire = new NpgsqlCommand("select pg_advisory_lock($1)", lockConnection) { Parameters = { new() { Value = MigrationLockKey } } })
        {
            await acquire.ExecuteNonQueryAsync();
        }
        try
        {
            var upgrader = DeployChanges.To
                .PostgresqlDatabase(database.MigrationConnectionString)
                .WithVariable("app_role", QuoteIdentifier(database.ApplicationRole))
                .WithScriptsEmbeddedInAssembly(typeof(MigrationExtensions).Assembly, IsMigration, new SqlScriptOptions { RunGroupOrder = 0 })
                .WithScriptsEmbeddedInAssembly(scriptsAssembly, IsMigration, new SqlScriptOptions { RunGroupOrder = 1 })
                .JournalToPostgresqlTable("public", "schema_migrations")
                .WithTransactionPerScript()
                .LogToNowhere()
                .Build();
            var result = upgrader.PerformUpgrade();
            if (!result.Successful)
            {
                throw new InvalidOperationException($"Migration {result.ErrorScript?.Name} failed: {result.Error.Message}", result.Error);
            }
            foreach (var script in result.Scripts.Select(script => script.Name))
            {
                logger.LogInformation("Applied migration {Script}", script);
            }
        }
        finally
        {
            await using var release = new NpgsqlCommand("select pg_advisory_unlock($1)", lockConnection) { Parameters = { new() { Value = MigrationLockKey } } };
            await release.ExecuteNonQueryAsync();
        }
    }

    private static bool IsMigration(string resourceName) => resourceName.Contains(".Migrations.", StringComparison.Ordinal);

    private static string QuoteIdentifier(string name) => '"' + name.Replace("\"", "\"\"", StringComparison.Ordinal) + '"';
}
