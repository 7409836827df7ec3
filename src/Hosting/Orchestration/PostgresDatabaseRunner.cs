using Npgsql;
using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>Creates the database on its server if it does not exist yet, as Aspire's AddDatabase does.</summary>
internal sealed class PostgresDatabaseRunner(PostgresDatabaseResource database, ConsoleLog log) : ResourceRunner(database)
{
    public override string Type => "database";

    public override string ConnectionString => database.ConnectionString;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.Server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var exists = new NpgsqlCommand("select 1 from pg_database where datname = $1", connection)
        {
            Parameters = { new() { Value = database.DatabaseName } },
        };
        if (await exists.ExecuteScalarAsync(cancellationToken) is null)
        {
            // The name is a validated plain identifier (ResourceNames); CREATE DATABASE takes no parameters.
            await using var create = new NpgsqlCommand($"create database \"{database.DatabaseName}\"", connection);
            await create.ExecuteNonQueryAsync(cancellationToken);
            log.Write(database.Name, $"created database {database.DatabaseName}");
        }
    }

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return true;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }
}
