using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Engagements;

namespace OutsourcingPortal.Engagements.Api.Engagements;

/// <summary>How engagements are stored: one place for the SQL the endpoints and the demo data share.</summary>
internal static class EngagementRecords
{
    public const string ObjectType = "engagement";
    public const string Columns = "id, name, vendor_id, vendor_name, phase, created_at, updated_at";

    /// <summary>Adds the engagement to the unit of work's tenant and audits it; false if that id exists already.</summary>
    public static async Task<bool> InsertAsync(UnitOfWork work, EngagementResponse engagement, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into engagements (tenant_id, id, vendor_id, name, vendor_name, phase, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8)
            on conflict (id) do nothing
            """,
            cancellationToken,
            engagement.Id, engagement.VendorId, engagement.Name, engagement.VendorName, KebabCaseEnum.ToText(engagement.Phase),
            engagement.CreatedAt, engagement.UpdatedAt, work.Actor.Id);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", ObjectType, engagement.Id, before: null, after: engagement, cancellationToken);
        return true;
    }

    public static EngagementResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetString(1), row.GetGuid(2), row.GetString(3), KebabCaseEnum.Parse<EngagementPhase>(row.GetString(4)),
            row.GetFieldValue<DateTimeOffset>(5), row.GetFieldValue<DateTimeOffset>(6));
}
