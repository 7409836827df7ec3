using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>Values kept whole in jsonb columns (answers, rubrics, results, criteria), stored as the APIs send them (web JSON).</summary>
public static class StoredJson
{
    public static NpgsqlParameter Parameter<T>(T value) =>
        new() { Value = JsonSerializer.Serialize(value, JsonSerializerOptions.Web), NpgsqlDbType = NpgsqlDbType.Jsonb };

    public static T Read<T>(NpgsqlDataReader row, int ordinal) =>
        JsonSerializer.Deserialize<T>(row.GetString(ordinal), JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException($"Column {row.GetName(ordinal)} holds JSON null.");

    public static T? ReadOptional<T>(NpgsqlDataReader row, int ordinal) where T : class =>
        row.IsDBNull(ordinal) ? null : Read<T>(row, ordinal);
}
