using System.Globalization;
using Npgsql;

namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>Reading rows with their version, for ETags.</summary>
public static class Versioned
{
    /// <summary>The column to select last, after the value's own columns.</summary>
    public const string Column = "xmin::text::bigint";

    /// <summary>A condition that the row is still at the version bound to parameter <c>$n</c> (see <see cref="Parameter"/>).</summary>
    public static string Matches(int parameter) => $"xmin = ${parameter.ToString(CultureInfo.InvariantCulture)}::text::xid";

    /// <summary>A version as <see cref="Matches"/> compares it: xid has no binary mapping, so it travels as text.</summary>
    public static string Parameter(uint version) => version.ToString(CultureInfo.InvariantCulture);

    public static Func<NpgsqlDataReader, Versioned<T>> Reader<T>(Func<NpgsqlDataReader, T> read) =>
        row => new Versioned<T>(read(row), (uint)row.GetInt64(row.FieldCount - 1));
}
