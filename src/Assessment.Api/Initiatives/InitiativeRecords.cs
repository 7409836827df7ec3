using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Contracts.Assessment;

namespace OutsourcingPortal.Assessment.Api.Initiatives;

/// <summary>How initiatives are stored: one place for the SQL the endpoints and the demo data share.</summary>
internal static class InitiativeRecords
{
    public const string ObjectType = "initiative";

    public const string Columns =
        "id, name, use_case, owner, business_outcome, target_workflow, baseline, success_metric, budget, deadline, status, archived_at, created_at, updated_at";

    /// <summary>The fields a list may be sorted by, as they appear in the JSON.</summary>
    public static readonly ListSort Sort = new(new Dictionary<string, string>
    {
        ["name"] = "lower(name)",
        ["owner"] = "lower(owner)",
        ["budget"] = "budget",
        ["deadline"] = "deadline",
        ["createdAt"] = "created_at",
        ["updatedAt"] = "updated_at",
    }, defaultSort: "-updatedAt");

    /// <summary>Adds the initiative to the unit of work's tenant and audits it; false if that id exists already.</summary>
    public static async Task<bool> InsertAsync(UnitOfWork work, InitiativeResponse initiative, CancellationToken cancellationToken)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into initiatives (tenant_id, id, name, use_case, owner, business_outcome, target_workflow, baseline,
                                     success_metric, budget, deadline, status, archived_at, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
            on conflict (id) do nothing
            """,
            cancellationToken,
            initiative.Id, initiative.Name, initiative.UseCase, initiative.Owner, initiative.BusinessOutcome, initiative.TargetWorkflow,
            initiative.Baseline, initiative.SuccessMetric, initiative.Budget, initiative.Deadline, KebabCaseEnum.ToText(initiative.Status),
            initiative.ArchivedAt, initiative.CreatedAt, initiative.UpdatedAt, work.Actor.Id);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", ObjectType, initiative.Id, before: null, after: initiative, cancellationToken);
        return true;
    }

    /// <summary>Writes every field of <paramref name="initiative"/> if the row is still at <paramref name="version"/>; its new version, or null when stale.</summary>
    public static Task<long?> UpdateAsync(UnitOfWork work, InitiativeResponse initiative, uint version, CancellationToken cancellationToken) =>
        work.ScalarAsync<long?>(
            $"""
            update initiatives
            set name = $2, use_case = $3, owner = $4, business_outcome = $5, target_workflow = $6, baseline = $7,
                success_metric = $8, budget = $9, deadline = $10, archived_at = $11, updated_at = $12
            where id = $1 and {Versioned.Matches(13)}
            returning {Versioned.Column}
            """,
            cancellationToken,
            initiative.Id, initiative.Name, initiative.UseCase, initiative.Owner, initiative.BusinessOutcome, initiative.TargetWorkflow,
            initiative.Baseline, initiative.SuccessMetric, initiative.Budget, initiative.Deadline, initiative.ArchivedAt,
            initiative.UpdatedAt, Versioned.Parameter(version));

    /// <summary>The initiative, if the actor may see it; otherwise the attempt to <paramref name="action"/> it is audited as denied.</summary>
    public static Task<InitiativeResponse?> FindAsync(UnitOfWork work, Guid id, string action, CancellationToken cancellationToken) =>
        work.FindAsync(ObjectType, id, action, $"select {Columns} from initiatives where id = $1", Read, cancellationToken);

    /// <summary>An assessment was completed: the initiative has been assessed, whatever it was before. Returns it as it is now.</summary>
    public static async Task<InitiativeResponse> MarkAssessedAsync(UnitOfWork work, Guid id, DateTimeOffset now, CancellationToken cancellationToken) =>
        await work.SingleOrDefaultAsync(
            $"update initiatives set status = 'assessed', updated_at = $2 where id = $1 returning {Columns}", Read, cancellationToken, id, now)
        ?? throw new InvalidOperationException($"Initiative {id} of a completed assessment is not there.");

    public static InitiativeResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetString(1), row.GetString(2), Text(row, 3), Text(row, 4), Text(row, 5), Text(row, 6), Text(row, 7),
            row.IsDBNull(8) ? null : row.GetDecimal(8),
            row.IsDBNull(9) ? null : row.GetFieldValue<DateOnly>(9),
            KebabCaseEnum.Parse<InitiativeStatus>(row.GetString(10)),
            row.IsDBNull(11) ? null : row.GetFieldValue<DateTimeOffset>(11),
            row.GetFieldValue<DateTimeOffset>(12), row.GetFieldValue<DateTimeOffset>(13));

    private static string? Text(NpgsqlDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
