using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Vendors;

/// <summary>How vendor profiles are stored: one place for the SQL the endpoints and the demo data share.</summary>
internal static class VendorRecords
{
    public const string ObjectType = "vendor";
    public const string Columns = "id, name, website, created_at, updated_at";

    /// <summary>Registers the profile and audits it; false if the vendor organization has one already.</summary>
    public static async Task<bool> InsertAsync(UnitOfWork work, VendorResponse vendor, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into vendors (id, name, website, created_at, updated_at, created_by)
            values ($1, $2, $3, $4, $5, $6)
            on conflict (id) do nothing
            """,
            cancellationToken, vendor.Id, vendor.Name, vendor.Website, vendor.CreatedAt, vendor.UpdatedAt, work.Actor.Id);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", ObjectType, vendor.Id, before: null, after: vendor, cancellationToken);
        return true;
    }

    public static VendorResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetString(1), row.IsDBNull(2) ? null : row.GetString(2),
            row.GetFieldValue<DateTimeOffset>(3), row.GetFieldValue<DateTimeOffset>(4));
}
