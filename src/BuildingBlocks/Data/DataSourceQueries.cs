using Npgsql;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Contracts;

namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>The two read shapes every feature needs, parameterised so no value is ever spliced into SQL.</summary>
public static class DataSourceQueries
{
    /// <summary>
    /// Runs a page query whose parameters are <c>$1</c> = limit and <c>$2</c> = offset and whose last column is
    /// <c>count(*) over ()</c>, so the page and the total come from one statement.
    /// </summary>
    public static async Task<PagedResult<T>> QueryPageAsync<T>(
        this NpgsqlDataSource dataSource, string sql, PageQuery query, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(sql, query.Limit, query.Offset);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var items = new List<T>();
        long total = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            items.Add(read(reader));
            total = reader.GetInt64(reader.FieldCount - 1);
        }
        if (items.Count == 0 && query.PageNumber > 1)
        {
            total = await CountBeyondPageAsync(dataSource, sql, cancellationToken);
        }
        return new PagedResult<T>(items, query.PageNumber, query.Limit, total);
    }

    public static async Task<T?> QuerySingleOrDefaultAsync<T>(
        this NpgsqlDataSource dataSource, string sql, Guid id, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken)
        where T : class
    {
        await using var command = dataSource.CreateCommand(sql, id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? read(reader) : null;
    }

    /// <summary>A page past the end has no row to carry the total, so it is counted on its own.</summary>
    private static async Task<long> CountBeyondPageAsync(NpgsqlDataSource dataSource, string sql, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"select count(*) from ({sql}) as page", int.MaxValue, 0);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
