namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>
/// The service's own database as configured. Kept because <see cref="Npgsql.NpgsqlDataSource.ConnectionString"/>
/// drops the password, and migrations open their own connections.
/// </summary>
public sealed record ServiceDatabase(string ConnectionName, string ConnectionString);
