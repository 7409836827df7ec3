using Npgsql;

namespace OutsourcingPortal.BuildingBlocks.Data;

public static class PositionalCommand
{
    /// <summary>A command whose values bind to <c>$1</c>, <c>$2</c>, … in order: the only way values reach SQL here.</summary>
    public static NpgsqlCommand CreateCommand(this NpgsqlDataSource dataSource, string sql, params object[] values)
    {
        var command = dataSource.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        return command;
    }
}
