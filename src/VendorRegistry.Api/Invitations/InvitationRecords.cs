using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;

namespace OutsourcingPortal.VendorRegistry.Api.Invitations;

/// <summary>The invitations as their vendor sees them: row-level security shows each vendor only its own, once issued.</summary>
internal static class InvitationRecords
{
    public const string Columns =
        "i.id, b.id, b.title, b.summary, b.use_case, b.constraints, b.regulations, " + BriefRecords.Status + ", b.deadline, i.created_at, " +
        "(select r.status from brief_responses r where r.invitation_id = i.id), " +
        "case when b.awarded_response_id is null then null " +
        "else exists (select 1 from brief_responses r where r.id = b.awarded_response_id and r.invitation_id = i.id) end, b.awarded_at";

    public const string InvitationsWithBriefs = "brief_invitations i join briefs b on b.id = i.brief_id";

    public static Task<VendorInvitationResponse?> FindAsync(UnitOfWork work, Guid id, string action, CancellationToken cancellationToken) =>
        work.FindAsync(BriefRecords.InvitationObjectType, id, action,
            $"select {Columns} from {InvitationsWithBriefs} where i.id = $1", Read, cancellationToken);

    /// <summary>The invitation's brief as the vendor may act on it. (A vendor cannot lock a brief: row locks need an update policy.)</summary>
    public static Task<InvitedBrief?> FindInvitedBriefAsync(UnitOfWork work, Guid id, string action, CancellationToken cancellationToken) =>
        work.FindAsync(BriefRecords.InvitationObjectType, id, action,
            $"""
            select i.id, i.tenant_id, b.id, i.vendor_id, {BriefRecords.Status}, b.deadline, b.questionnaire_version
            from {InvitationsWithBriefs} where i.id = $1
            """,
            row => new InvitedBrief(row.GetGuid(0), row.GetGuid(1), row.GetGuid(2), row.GetGuid(3),
                KebabCaseEnum.Parse<BriefStatus>(row.GetString(4)), row.GetFieldValue<DateTimeOffset>(5), row.GetInt32(6)),
            cancellationToken);

    public static VendorInvitationResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetGuid(1), row.GetString(2), row.GetString(3), row.GetString(4), row.GetString(5),
            row.GetFieldValue<string[]>(6), KebabCaseEnum.Parse<BriefStatus>(row.GetString(7)), row.GetFieldValue<DateTimeOffset>(8),
            row.GetFieldValue<DateTimeOffset>(9), row.IsDBNull(10) ? null : KebabCaseEnum.Parse<ResponseStatus>(row.GetString(10)),
            row.IsDBNull(11) ? null : row.GetBoolean(11), row.IsDBNull(12) ? null : row.GetFieldValue<DateTimeOffset>(12));
}
