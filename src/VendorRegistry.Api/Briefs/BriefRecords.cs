using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>How briefs and their invitations are stored: the SQL the endpoints and the demo data share.</summary>
internal static class BriefRecords
{
    public const string ObjectType = "brief";
    public const string InvitationObjectType = "brief-invitation";

    /// <summary>
    /// An open brief whose deadline has passed is being evaluated. Read from the brief as <c>b</c>; the database's
    /// transaction time decides, so one request sees one status.
    /// </summary>
    public const string Status = "case when b.status = 'open' and b.deadline <= now() then 'evaluating' else b.status end";

    /// <summary>A brief (as <c>b</c>) with its invitation count and award; row-level security decides whose invitations count.</summary>
    public const string Columns =
        "b.id, b.title, b.summary, " + Status + ", b.deadline, (select count(*)::int from brief_invitations i where i.brief_id = b.id), " +
        "b.initiative_id, b.use_case, b.constraints, b.regulations, b.engagement_model, b.questionnaire_version, b.criteria, b.issued_at, " +
        "b.awarded_response_id, r.vendor_id, v.name, b.award_rationale, b.awarded_at, b.created_at, b.updated_at";

    /// <summary>Briefs (as <c>b</c>) with the vendor of their awarded response, if any.</summary>
    public const string BriefsWithAward =
        "briefs b left join brief_responses r on r.id = b.awarded_response_id left join vendors v on v.id = r.vendor_id";

    public const string InvitationColumns = "i.id, i.brief_id, i.vendor_id, v.name, i.created_at";

    public const string InvitationsWithVendors = "brief_invitations i join vendors v on v.id = i.vendor_id";

    /// <summary>The brief, if the actor may see it; otherwise the attempt to <paramref name="action"/> it is audited as denied.</summary>
    public static Task<BriefResponse?> FindAsync(UnitOfWork work, Guid id, string action, CancellationToken cancellationToken) =>
        work.FindAsync(ObjectType, id, action, $"select {Columns} from {BriefsWithAward} where b.id = $1", Read, cancellationToken);

    /// <summary>The brief with its version, locked for the rest of the unit of work when <paramref name="forUpdate"/>.</summary>
    public static Task<Versioned<BriefResponse>?> FindVersionedAsync(
        UnitOfWork work, Guid id, string action, CancellationToken cancellationToken, bool forUpdate = false) =>
        work.FindAsync(ObjectType, id, action,
            $"select {Columns}, b.{Versioned.Column} from {BriefsWithAward} where b.id = $1{(forUpdate ? " for update of b" : "")}",
            Versioned.Reader(Read), cancellationToken);

    public static async Task<bool> InsertAsync(UnitOfWork work, BriefResponse brief, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into briefs (tenant_id, id, title, summary, status, deadline, initiative_id, use_case, constraints, regulations,
                engagement_model, questionnaire_version, criteria, issued_at, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
            on conflict (id) do nothing
            """,
            cancellationToken, brief.Id, brief.Title, brief.Summary, KebabCaseEnum.ToText(brief.Status), brief.Deadline, brief.InitiativeId,
            brief.UseCase, brief.Constraints, brief.Regulations.ToArray(), brief.EngagementModel, brief.QuestionnaireVersion,
            StoredJson.Parameter(brief.Criteria), brief.IssuedAt, brief.CreatedAt, brief.UpdatedAt, work.Actor.Id);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", ObjectType, brief.Id, before: null, after: brief, cancellationToken);
        return true;
    }

    /// <summary>Writes a draft's edited text; null when the row moved on from <paramref name="version"/>.</summary>
    public static Task<long?> UpdateDraftAsync(UnitOfWork work, BriefResponse brief, uint version, CancellationToken cancellationToken) =>
        work.ScalarAsync<long?>(
            $"""
            update briefs set title = $2, summary = $3, deadline = $4, use_case = $5, constraints = $6, regulations = $7,
                engagement_model = $8, updated_at = $9
            where id = $1 and {Versioned.Matches(10)}
            returning {Versioned.Column}
            """,
            cancellationToken, brief.Id, brief.Title, brief.Summary, brief.Deadline, brief.UseCase, brief.Constraints,
            brief.Regulations.ToArray(), brief.EngagementModel, brief.UpdatedAt, Versioned.Parameter(version));

    /// <summary>Opens the brief and hands every invitation to its vendor at the same moment.</summary>
    public static async Task<uint> IssueAsync(UnitOfWork work, Guid id, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await work.ExecuteAsync("update brief_invitations set issued_at = $2, updated_at = $2 where brief_id = $1", cancellationToken, id, now);
        return (uint)(await work.ScalarAsync<long>(
            $"update briefs set status = 'open', issued_at = $2, updated_at = $2 where id = $1 returning {Versioned.Column}",
            cancellationToken, id, now));
    }

    public static async Task<uint> ExtendAsync(UnitOfWork work, Guid id, DateTimeOffset deadline, DateTimeOffset now, CancellationToken cancellationToken) =>
        (uint)(await work.ScalarAsync<long>(
            $"update briefs set deadline = $2, updated_at = $3 where id = $1 returning {Versioned.Column}",
            cancellationToken, id, deadline, now));

    /// <summary>Closes the brief with its winning response and the rationale.</summary>
    public static async Task<uint> AwardAsync(UnitOfWork work, Guid id, Guid responseId, string rationale, DateTimeOffset now, CancellationToken cancellationToken) =>
        (uint)(await work.ScalarAsync<long>(
            $"""
            update briefs set status = 'awarded', awarded_response_id = $2, award_rationale = $3, awarded_at = $4, updated_at = $4
            where id = $1 returning {Versioned.Column}
            """,
            cancellationToken, id, responseId, rationale, now));

    /// <summary>Invites the vendor and audits it; false if the vendor was already invited to this brief.</summary>
    public static async Task<bool> InsertInvitationAsync(
        UnitOfWork work, BriefInvitationResponse invitation, DateTimeOffset? issuedAt, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into brief_invitations (tenant_id, id, brief_id, vendor_id, issued_at, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $5, $5, $6)
            on conflict do nothing
            """,
            cancellationToken, invitation.Id, invitation.BriefId, invitation.VendorId, issuedAt, invitation.InvitedAt, work.Actor.Id);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", InvitationObjectType, invitation.Id, before: null, after: invitation, cancellationToken);
        return true;
    }

    public static BriefResponse Read(NpgsqlDataReader row)
    {
        var invited = row.GetInt32(5);
        var status = KebabCaseEnum.Parse<BriefStatus>(row.GetString(3));
        return new(row.GetGuid(0), row.GetString(1), row.GetString(2), status, row.GetFieldValue<DateTimeOffset>(4), invited,
            row.IsDBNull(6) ? null : row.GetGuid(6), row.GetString(7), row.GetString(8), row.GetFieldValue<string[]>(9),
            row.IsDBNull(10) ? null : row.GetString(10), row.GetInt32(11), StoredJson.Read<BriefCriterion[]>(row, 12),
            BriefAdvice.Warnings(status, invited),
            row.IsDBNull(13) ? null : row.GetFieldValue<DateTimeOffset>(13),
            row.IsDBNull(14) ? null : new BriefAward(row.GetGuid(14), row.GetGuid(15), row.GetString(16), row.GetString(17),
                row.GetFieldValue<DateTimeOffset>(18)),
            row.GetFieldValue<DateTimeOffset>(19), row.GetFieldValue<DateTimeOffset>(20));
    }

    public static BriefInvitationResponse ReadInvitation(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetGuid(1), row.GetGuid(2), row.GetString(3), row.GetFieldValue<DateTimeOffset>(4));
}
