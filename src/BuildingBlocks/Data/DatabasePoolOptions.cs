namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>
/// Pool settings an operator may lay over the connection string the AppHost gives (<c>Database:MaxPoolSize</c>,
/// <c>Database:NoResetOnClose</c>): sizing the pool to the database's connection budget, and skipping Npgsql's
/// reset on return once nothing session-level is ever set.
/// </summary>
public sealed class DatabasePoolOptions
{
    public const string SectionName = "Database";

    public int? MaxPoolSize { get; init; }

    public bool? NoResetOnClose { get; init; }

    public string ApplyTo(string connectionString)
    {
        var builder = new Npgsql.NpgsqlConnectionStringBuilder(connectionString);
        if (MaxPoolSize is { } maxPoolSize)
        {
            builder.MaxPoolSize = maxPoolSize;
            builder.MinPoolSize = Math.Min(builder.MinPoolSize, maxPoolSize);
        }
        if (NoResetOnClose is { } noResetOnClose)
        {
            builder.NoResetOnClose = noResetOnClose;
        }
        return builder.ConnectionString;
    }
}
