using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;

namespace OutsourcingPortal.VendorRegistry.Api.Responses;

/// <summary>How vendors' responses to briefs are stored. Row-level security shows a vendor its own, a client the submitted ones.</summary>
internal static class ResponseRecords
{
    public const string ObjectType = "brief-response";

    public static readonly string Columns =
        "r.id, r.brief_id, r.invitation_id, r.vendor_id, v.name, r.status, b.questionnaire_version, r.answers, r.submitted_at, " +
        $"r.shortlisted, r.created_at, r.updated_at, {AttachmentRecords.ByQuestion}";

    public const string ResponsesWithVendors =
        "brief_responses r join vendors v on v.id = r.vendor_id join briefs b on b.id = r.brief_id";

    /// <summary>The submitted responses to the brief <c>$1</c>, in vendor name order: what the client evaluates.</summary>
    public const string SubmittedToBrief =
        "from " + ResponsesWithVendors + " where r.brief_id = $1 and r.status = 'submitted' order by lower(v.name), r.id";

    public static Task<Versioned<VendorResponseToBrief>?> FindByInvitationAsync(
        UnitOfWork work, Guid invitationId, CancellationToken cancellationToken, bool forUpdate = false) =>
        work.SingleOrDefaultAsync(
            $"select {Columns}, r.{Versioned.Column} from {ResponsesWithVendors} where r.invitation_id = $1{(forUpdate ? " for update of r" : "")}",
            Versioned.Reader(Read), cancellationToken, invitationId);

    /// <summary>A submitted response to the brief, as its client sees it; audited as denied when there is none.</summary>
    public static async Task<VendorResponseToBrief?> FindSubmittedAsync(
        UnitOfWork work, Guid briefId, Guid responseId, string action, CancellationToken cancellationToken)
    {
        var response = await work.SingleOrDefaultAsync(
            $"select {Columns} from {ResponsesWithVendors} where r.id = $1 and r.brief_id = $2 and r.status = 'submitted'",
            Read, cancellationToken, responseId, briefId);
        if (response is null)
        {
            await work.AuditDeniedAsync(action, ObjectType, responseId, cancellationToken);
        }
        return response;
    }

    /// <summary>The brief and its submitted response, as the client evaluates them; null (audited as denied) when either is not there.</summary>
    public static async Task<ReviewedResponse?> FindReviewedAsync(
        UnitOfWork work, Guid briefId, Guid responseId, string action, CancellationToken cancellationToken)
    {
        var brief = await BriefRecords.FindAsync(work, briefId, action, cancellationToken);
        var response = brief is null ? null : await FindSubmittedAsync(work, briefId, responseId, action, cancellationToken);
        return response is null ? null : new ReviewedResponse(brief!, response);
    }

    /// <summary>Every submitted response to the brief, in vendor name order.</summary>
    public static Task<List<VendorResponseToBrief>> ListSubmittedAsync(UnitOfWork work, Guid briefId, CancellationToken cancellationToken) =>
        work.ListAsync($"select {Columns} {SubmittedToBrief}", Read, cancellationToken, briefId);

    public static Task InsertAsync(UnitOfWork work, VendorResponseToBrief response, Guid tenantId, CancellationToken cancellationToken) =>
        work.ExecuteAsync(
            """
            insert into brief_responses (tenant_id, id, brief_id, invitation_id, vendor_id, status, answers, created_at, updated_at, created_by)
            values ($1, $2, $3, $4, $5, 'draft', $6, $7, $7, $8)
            """,
            cancellationToken, tenantId, response.Id, response.BriefId, response.InvitationId, response.VendorId,
            StoredJson.Parameter(response.Answers), response.CreatedAt, work.Actor.Id);

    /// <summary>Replaces a draft's answers; null when the row moved on from <paramref name="version"/>.</summary>
    public static Task<long?> SaveAnswersAsync(UnitOfWork work, VendorResponseToBrief response, uint version, CancellationToken cancellationToken) =>
        work.ScalarAsync<long?>(
            $"update brief_responses set answers = $2, updated_at = $3 where id = $1 and {Versioned.Matches(4)} returning {Versioned.Column}",
            cancellationToken, response.Id, StoredJson.Parameter(response.Answers), response.UpdatedAt, Versioned.Parameter(version));

    public static Task<long?> SubmitAsync(UnitOfWork work, Guid id, DateTimeOffset now, uint version, CancellationToken cancellationToken) =>
        work.ScalarAsync<long?>(
            $"update brief_responses set status = 'submitted', submitted_at = $2, updated_at = $2 where id = $1 and {Versioned.Matches(3)} returning {Versioned.Column}",
            cancellationToken, id, now, Versioned.Parameter(version));

    public static VendorResponseToBrief Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetGuid(1), row.GetGuid(2), row.GetGuid(3), row.GetString(4), KebabCaseEnum.Parse<ResponseStatus>(row.GetString(5)),
            row.GetInt32(6), StoredJson.Read<Dictionary<string, string>>(row, 7),
            StoredJson.Read<IReadOnlyDictionary<string, IReadOnlyList<FileResponse>>>(row, 12),
            row.IsDBNull(8) ? null : row.GetFieldValue<DateTimeOffset>(8), row.GetBoolean(9),
            row.GetFieldValue<DateTimeOffset>(10), row.GetFieldValue<DateTimeOffset>(11));
}
