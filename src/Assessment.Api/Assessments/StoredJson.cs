using System.Text.Json;
using Npgsql;
using NpgsqlTypes;

namespace OutsourcingPortal.Assessment.Api.Assessments;

/// <summary>Answers, rubrics and results are stored as the API sends them (web JSON), in jsonb columns.</summary>
internal static class StoredJson
{
    public static NpgsqlParameter Parameter<T>(T value) =>
        new() { Value = JsonSerializer.Serialize(value, JsonSerializerOptions.Web), NpgsqlDbType = NpgsqlDbType.Jsonb };

    public static T Read<T>(NpgsqlDataReader row, int ordinal) =>
        JsonSerializer.Deserialize<T>(row.GetString(ordinal), JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException($"Column {row.GetName(ordinal)} holds JSON null.");

    public static T? ReadOptional<T>(NpgsqlDataReader row, int ordinal) where T : class =>
        row.IsDBNull(ordinal) ? null : Read<T>(row, ordinal);
}
