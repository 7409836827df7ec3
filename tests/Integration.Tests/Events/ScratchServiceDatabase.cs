using System.Security.Cryptography;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>
/// A service database of the test's own on the application's PostgreSQL server, made the way the AppHost makes one (an
/// owner login that owns it and runs the migrations, an application login subject to row-level security) and migrated
/// with the BuildingBlocks scripts like every service database. No service's relay reads it: the test's are the only ones.
/// </summary>
public sealed class ScratchServiceDatabase : IAsyncDisposable
{
    private readonly string _serverConnectionString;

    private ScratchServiceDatabase(string serverConnectionString, string name, ServiceDatabase database)
    {
        _serverConnectionString = serverConnectionString;
        Name = name;
        Database = database;
        // A service-sized pool: tests that write in parallel must not take the server's last connections.
        Application = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(database.ConnectionString) { MaxPoolSize = 10 }.ConnectionString);
    }

    public string Name { get; }

    public ServiceDatabase Database { get; }

    /// <summary>The application login's pool, as a service's unit of work uses it.</summary>
    public NpgsqlDataSource Application { get; }

    public static async Task<ScratchServiceDatabase> CreateAsync(AppFixture fixture)
    {
        var server = fixture.App.GetConnectionString("postgres");
        var name = "events_" + Guid.NewGuid().ToString("N")[..12];
        var (owner, ownerPassword) = (name + "_owner", Secret());
        var (application, applicationPassword) = (name + "_app", Secret());
        await using (var superuser = new NpgsqlConnection(server))
        {
            await superuser.OpenAsync();
            foreach (var (role, password) in new[] { (owner, ownerPassword), (application, applicationPassword) })
            {
                await ExecuteFormattedAsync(superuser,
                    "create role %I with login password %L nosuperuser nocreatedb nocreaterole noreplication nobypassrls inherit", role, password);
            }
            await ExecuteFormattedAsync(superuser, "create database %I owner %I", name, owner);
            await ExecuteFormattedAsync(superuser, "revoke connect, temporary on database %I from public", name);
            await ExecuteFormattedAsync(superuser, "grant connect on database %I to %I", name, application);
        }
        var database = new ServiceDatabase(name, Login(server, name, application, applicationPassword), Login(server, name, owner, ownerPassword));
        // The test assembly embeds no migrations: only the BuildingBlocks scripts run, as they do first in every service.
        await database.MigrateAsync(typeof(ScratchServiceDatabase).Assembly, NullLogger.Instance);
        return new ScratchServiceDatabase(server, name, database);
    }

    /// <summary>The server's superuser in this database: sees every row, whatever the policies say.</summary>
    public NpgsqlConnection Superuser() =>
        new(new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = Name }.ConnectionString);

    public async ValueTask DisposeAsync()
    {
        await Application.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await using var superuser = new NpgsqlConnection(_serverConnectionString);
        await superuser.OpenAsync();
        await ExecuteFormattedAsync(superuser, "drop database %I with (force)", Name);
        await ExecuteFormattedAsync(superuser, "drop role %I", Name + "_owner");
        await ExecuteFormattedAsync(superuser, "drop role %I", Name + "_app");
    }

    private static string Login(string server, string database, string username, string password) =>
        new NpgsqlConnectionStringBuilder(server) { Database = database, Username = username, Password = password }.ConnectionString;

    private static string Secret() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16));

    // Utility statements take no bind parameters; format() quotes identifiers and literals on the server.
    private static async Task ExecuteFormattedAsync(NpgsqlConnection connection, string template, params string[] arguments)
    {
        var placeholders = string.Join(", ", arguments.Select((_, index) => $"${index + 2}"));
        await using var format = new NpgsqlCommand($"select format($1, {placeholders})", connection);
        foreach (var value in (string[])[template, .. arguments])
        {
            format.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        await using var command = new NpgsqlCommand((string)(await format.ExecuteScalarAsync())!, connection);
        await command.ExecuteNonQueryAsync();
    }
}
