using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>How evaluators' scorecards are stored: one per evaluator and response, in the client's tenant.</summary>
internal static class ScorecardRecords
{
    public const string ObjectType = "scorecard";

    private const string Columns =
        "s.id, s.brief_id, s.response_id, s.evaluator_id, s.evaluator_name, s.scores, s.comment, s.status, s.submitted_at, s.created_at, s.updated_at";

    public static Task<Versioned<ScorecardResponse>?> FindOwnAsync(
        UnitOfWork work, Guid responseId, Guid evaluatorId, CancellationToken cancellationToken, bool forUpdate = false) =>
        work.SingleOrDefaultAsync(
            $"select {Columns}, s.{Versioned.Column} from scorecards s where s.response_id = $1 and s.evaluator_id = $2{(forUpdate ? " for update" : "")}",
            Versioned.Reader(Read), cancellationToken, responseId, evaluatorId);

    /// <summary>Every scorecard of the brief, drafts included: callers decide what a reader may see.</summary>
    public static Task<List<ScorecardResponse>> ForBriefAsync(UnitOfWork work, Guid briefId, CancellationToken cancellationToken) =>
        work.ListAsync($"select {Columns} from scorecards s where s.brief_id = $1 order by s.created_at, s.id", Read, cancellationToken, briefId);

    /// <summary>Starts the evaluator's scorecard; false when a concurrent first save started it already.</summary>
    public static async Task<bool> InsertAsync(UnitOfWork work, ScorecardResponse scorecard, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into scorecards (tenant_id, id, brief_id, response_id, evaluator_id, evaluator_name, scores, comment, status, submitted_at,
                created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)
            on conflict do nothing
            """,
            cancellationToken, scorecard.Id, scorecard.BriefId, scorecard.ResponseId, scorecard.EvaluatorId, scorecard.EvaluatorName,
            StoredJson.Parameter(scorecard.Scores), scorecard.Comment, KebabCaseEnum.ToText(scorecard.Status), scorecard.SubmittedAt,
            scorecard.CreatedAt, scorecard.UpdatedAt, work.Actor.Id);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", ObjectType, scorecard.Id, before: null, after: scorecard, cancellationToken);
        return true;
    }

    /// <summary>Replaces a draft's scores and comment; null when the row moved on from <paramref name="version"/>.</summary>
    public static Task<long?> UpdateAsync(UnitOfWork work, ScorecardResponse scorecard, uint version, CancellationToken cancellationToken) =>
        work.ScalarAsync<long?>(
            $"update scorecards set scores = $2, comment = $3, updated_at = $4 where id = $1 and {Versioned.Matches(5)} returning {Versioned.Column}",
            cancellationToken, scorecard.Id, StoredJson.Parameter(scorecard.Scores), scorecard.Comment, scorecard.UpdatedAt, Versioned.Parameter(version));

    public static Task<long?> SubmitAsync(UnitOfWork work, Guid id, DateTimeOffset now, uint version, CancellationToken cancellationToken) =>
        work.ScalarAsync<long?>(
            $"update scorecards set status = 'submitted', submitted_at = $2, updated_at = $2 where id = $1 and {Versioned.Matches(3)} returning {Versioned.Column}",
            cancellationToken, id, now, Versioned.Parameter(version));

    private static ScorecardResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetGuid(1), row.GetGuid(2), row.GetGuid(3), row.GetString(4), StoredJson.Read<Dictionary<string, int?>>(row, 5),
            row.IsDBNull(6) ? null : row.GetString(6), KebabCaseEnum.Parse<ScorecardStatus>(row.GetString(7)),
            row.IsDBNull(8) ? null : row.GetFieldValue<DateTimeOffset>(8), row.GetFieldValue<DateTimeOffset>(9), row.GetFieldValue<DateTimeOffset>(10));
}
