using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Assessment;

namespace OutsourcingPortal.Assessment.Api.Initiatives;

/// <summary>How initiatives are stored: one place for the SQL the endpoints and the demo data share.</summary>
internal static class InitiativeRecords
{
    public const string ObjectType = "initiative";
    public const string Columns = "id, name, use_case, created_at, updated_at";

    /// <summary>Adds the initiative to the unit of work's tenant and audits it; false if that id exists already.</summary>
    public static async Task<bool> InsertAsync(UnitOfWork work, InitiativeResponse initiative, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into initiatives (tenant_id, id, name, use_case, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $5, $6)
            on conflict (id) do nothing
            """,
            cancellationToken, initiative.Id, initiative.Name, initiative.UseCase, initiative.CreatedAt, initiative.UpdatedAt, work.Actor.Id);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", ObjectType, initiative.Id, before: null, after: initiative, cancellationToken);
        return true;
    }

    public static InitiativeResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetFieldValue<DateTimeOffset>(3), row.GetFieldValue<DateTimeOffset>(4));
}
