using Npgsql;

namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>Reading rows with their version, for ETags.</summary>
public static class Versioned
{
    /// <summary>The column to select last, after the value's own columns.</summary>
    public const string Column = "xmin::text::bigint";

    public static Func<NpgsqlDataReader, Versioned<T>> Reader<T>(Func<NpgsqlDataReader, T> read) =>
        row => new Versioned<T>(read(row), (uint)row.GetInt64(row.FieldCount - 1));
}
