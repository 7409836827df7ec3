using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>How briefs and their invitations are stored: the SQL the endpoints and the demo data share.</summary>
internal static class BriefRecords
{
    public const string ObjectType = "brief";
    public const string InvitationObjectType = "brief-invitation";

    /// <summary>A brief (as <c>b</c>) with its invitation count; row-level security decides whose invitations count.</summary>
    public const string Columns =
        "b.id, b.title, b.summary, b.deadline, (select count(*)::int from brief_invitations i where i.brief_id = b.id), b.created_at, b.updated_at";

    public const string InvitationColumns = "i.id, i.brief_id, i.vendor_id, v.name, i.created_at";

    public const string InvitationsWithVendors = "brief_invitations i join vendors v on v.id = i.vendor_id";

    /// <summary>The brief, if the actor may see it; otherwise the attempt to <paramref name="action"/> it is audited as denied.</summary>
    public static Task<BriefResponse?> FindAsync(UnitOfWork work, Guid id, string action, CancellationToken cancellationToken) =>
        work.FindAsync(ObjectType, id, action, $"select {Columns} from briefs b where b.id = $1", Read, cancellationToken);

    public static async Task<bool> InsertAsync(UnitOfWork work, BriefResponse brief, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into briefs (tenant_id, id, title, summary, deadline, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7)
            on conflict (id) do nothing
            """,
            cancellationToken, brief.Id, brief.Title, brief.Summary, brief.Deadline, brief.CreatedAt, brief.UpdatedAt, work.Actor.Id);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", ObjectType, brief.Id, before: null, after: brief, cancellationToken);
        return true;
    }

    /// <summary>Invites the vendor and audits it; false if the vendor was already invited to this brief.</summary>
    public static async Task<bool> InsertInvitationAsync(UnitOfWork work, BriefInvitationResponse invitation, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into brief_invitations (tenant_id, id, brief_id, vendor_id, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $4, $5)
            on conflict do nothing
            """,
            cancellationToken, invitation.Id, invitation.BriefId, invitation.VendorId, invitation.InvitedAt, work.Actor.Id);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", InvitationObjectType, invitation.Id, before: null, after: invitation, cancellationToken);
        return true;
    }

    public static BriefResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetFieldValue<DateTimeOffset>(3), row.GetInt32(4),
            row.GetFieldValue<DateTimeOffset>(5), row.GetFieldValue<DateTimeOffset>(6));

    public static BriefInvitationResponse ReadInvitation(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetGuid(1), row.GetGuid(2), row.GetString(3), row.GetFieldValue<DateTimeOffset>(4));
}
