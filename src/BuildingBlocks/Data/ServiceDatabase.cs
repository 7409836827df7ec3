using Npgsql;

namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>
/// The service's own database as configured. <see cref="ConnectionString"/> logs in as the application role, which
/// owns nothing and is subject to row-level security; <see cref="MigrationConnectionString"/> logs in as the owner
/// role that applies the migrations. Kept because <see cref="NpgsqlDataSource.ConnectionString"/> drops the password.
/// </summary>
public sealed record ServiceDatabase(string ConnectionName, string ConnectionString, string MigrationConnectionString)
{
    /// <summary>Suffix of the owner's connection string: <c>ConnectionStrings__{name}-migrations</c>.</summary>
    public const string MigrationsSuffix = "-migrations";

    /// <summary>The role the service's queries run as; migrations grant it exactly what it needs.</summary>
    public string ApplicationRole => new NpgsqlConnectionStringBuilder(ConnectionString).Username
        ?? throw new InvalidOperationException($"ConnectionStrings:{ConnectionName} names no Username.");
}
