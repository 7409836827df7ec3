using Npgsql;

namespace OutsourcingPortal.BuildingBlocks.Data;

public static class PositionalCommand
{
    /// <summary>
    /// A command outside any unit of work, for host-level data such as the portal's signing keys. Its values bind
    /// to <c>$1</c>, <c>$2</c>, … in order. Tenant data goes through <see cref="UnitOfWork"/> instead.
    /// </summary>
    public static NpgsqlCommand CreateCommand(this NpgsqlDataSource dataSource, string sql, params object?[] values)
    {
        var command = dataSource.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value ?? DBNull.Value });
        }
        return command;
    }
}
