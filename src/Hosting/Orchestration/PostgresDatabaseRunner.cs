using Npgsql;
using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>
/// Creates the database, as Aspire's AddDatabase does, and its two logins: the owner that runs migrations and the
/// application role the service's queries run as. Neither is a superuser, can create roles or databases, or
/// bypasses row-level security; only they may connect.
/// </summary>
internal sealed class PostgresDatabaseRunner(PostgresDatabaseResource database, ConsoleLog log) : ResourceRunner(database)
{
    public override string Type => "database";

    public override string ConnectionString => database.ConnectionString;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(database.Server.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await EnsureLoginAsync(connection, database.OwnerRole, database.OwnerPassword, cancellationToken);
        await EnsureLoginAsync(connection, database.ApplicationRole, database.ApplicationPassword, cancellationToken);

        var owner = await ScalarAsync<string>(connection,
            "select pg_get_userbyid(datdba) from pg_database where datname = $1", [database.DatabaseName], cancellationToken);
        if (owner is null)
        {
            await ExecuteFormattedAsync(connection, "create database %I owner %I", [database.DatabaseName, database.OwnerRole], cancellationToken);
            log.Write(database.Name, $"created database {database.DatabaseName} owned by {database.OwnerRole}");
        }
        else if (owner != database.OwnerRole)
        {
            throw new OrchestrationException(
                $"Database {database.DatabaseName} is owned by {owner}, not {database.OwnerRole}: it was created by an earlier " +
                "version of the AppHost, before the owner and application roles. Delete the data folder's postgres directory " +
                "to start afresh.");
        }
        await ExecuteFormattedAsync(connection, "revoke connect, temporary on database %I from public", [database.DatabaseName], cancellationToken);
        await ExecuteFormattedAsync(connection, "grant connect on database %I to %I", [database.DatabaseName, database.ApplicationRole], cancellationToken);
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

    // The password is set on every start, so the secrets file stays the one source of truth.
    private static async Task EnsureLoginAsync(
        NpgsqlConnection connection, string role, ParameterResource password, CancellationToken cancellationToken)
    {
        var exists = await ScalarAsync<int?>(connection, "select 1 from pg_roles where rolname = $1", [role], cancellationToken) is not null;
        await ExecuteFormattedAsync(connection,
            (exists ? "alter" : "create") +
            " role %I with login password %L nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit",
            [role, password.Value!], cancellationToken);
    }

    // Utility statements take no bind parameters; format() quotes identifiers and literals on the server.
    private static async Task ExecuteFormattedAsync(
        NpgsqlConnection connection, string template, string[] arguments, CancellationToken cancellationToken)
    {
        var placeholders = string.Join(", ", arguments.Select((_, index) => $"${index + 2}"));
        var statement = await ScalarAsync<string>(connection, $"select format($1, {placeholders})", [template, .. arguments], cancellationToken);
        await using var command = new NpgsqlCommand(statement, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<T?> ScalarAsync<T>(
        NpgsqlConnection connection, string sql, object[] parameters, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        return await command.ExecuteScalarAsync(cancellationToken) is T result ? result : default;
    }
}
