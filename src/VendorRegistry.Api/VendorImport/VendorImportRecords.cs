using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.VendorImport;

/// <summary>How imports, their progress and their error reports are stored.</summary>
internal static class VendorImportRecords
{
    public const string ObjectType = "vendor-import";

    private const string Columns = "id, status, rows_total, rows_done, rows_imported, rows_failed, created_at, finished_at";

    public static async Task InsertAsync(UnitOfWork work, VendorImportResponse import, string content, CancellationToken cancellationToken)
    {
        await work.ExecuteAsync(
            """
            insert into vendor_imports (id, status, content, rows_total, created_at, created_by, created_by_name)
            values ($1, $2, $3, $4, $5, $6, $7)
            """,
            cancellationToken, import.Id, KebabCaseEnum.ToText(import.Status), content, import.RowsTotal, import.CreatedAt,
            work.Actor.Id, work.Actor.Name);
        await work.AuditAsync("create", ObjectType, import.Id, before: null, after: import, cancellationToken);
    }

    /// <summary>The import with its error report so far, if the actor may see it; otherwise audited as denied.</summary>
    public static async Task<VendorImportResponse?> FindAsync(UnitOfWork work, Guid id, CancellationToken cancellationToken)
    {
        var import = await work.FindAsync(ObjectType, id, "read", $"select {Columns} from vendor_imports where id = $1", Read, cancellationToken);
        if (import is null)
        {
            return null;
        }
        var errors = new List<VendorImportError>();
        await using (var command = work.CreateCommand(
            "select row_number, column_name, message from vendor_import_errors where import_id = $1 order by row_number, column_name", id))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                errors.Add(new VendorImportError(reader.GetInt32(0), reader.GetString(1), reader.GetString(2)));
            }
        }
        return import with { Errors = errors };
    }

    private static VendorImportResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), KebabCaseEnum.Parse<VendorImportStatus>(row.GetString(1)), row.GetInt32(2), row.GetInt32(3), row.GetInt32(4),
            row.GetInt32(5), [], row.GetFieldValue<DateTimeOffset>(6), row.IsDBNull(7) ? null : row.GetFieldValue<DateTimeOffset>(7));
}
