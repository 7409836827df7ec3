using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Assessment;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.AssessedInitiatives;

/// <summary>How the assessed initiatives are kept: one row per initiative, its latest completion winning.</summary>
internal static class AssessedInitiativeRecords
{
    public const string Columns =
        "id, assessment_id, name, use_case, business_outcome, success_metric, budget, deadline, approach, engagement_model, " +
        "data_sensitivity, regulations, completed_at";

    /// <summary>An older completion arriving late (events of two assessments may interleave) never replaces a newer one.</summary>
    public static Task<int> UpsertAsync(UnitOfWork work, AssessmentCompleted completed, CancellationToken cancellationToken) =>
        work.ExecuteAsync(
            """
            insert into assessed_initiatives (tenant_id, id, assessment_id, name, use_case, business_outcome, success_metric, budget,
                deadline, approach, engagement_model, data_sensitivity, regulations, completed_at, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $14, $15)
            on conflict (id) do update set
                assessment_id = excluded.assessment_id, name = excluded.name, use_case = excluded.use_case,
                business_outcome = excluded.business_outcome, success_metric = excluded.success_metric, budget = excluded.budget,
                deadline = excluded.deadline, approach = excluded.approach, engagement_model = excluded.engagement_model,
                data_sensitivity = excluded.data_sensitivity, regulations = excluded.regulations,
                completed_at = excluded.completed_at, updated_at = excluded.updated_at
            where assessed_initiatives.completed_at <= excluded.completed_at
            """,
            cancellationToken,
            completed.InitiativeId, completed.AssessmentId, completed.InitiativeName, completed.UseCase, completed.BusinessOutcome,
            completed.SuccessMetric, completed.Budget, completed.Deadline, completed.Approach, completed.EngagementModel,
            completed.DataSensitivity, (completed.Regulations ?? []).ToArray(), completed.CompletedAt, work.Now, work.Actor.Id);

    public static Task<AssessedInitiativeResponse?> FindAsync(UnitOfWork work, Guid id, CancellationToken cancellationToken) =>
        work.FindAsync("assessed-initiative", id, "read", $"select {Columns} from assessed_initiatives where id = $1", Read, cancellationToken);

    public static AssessedInitiativeResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetGuid(1), row.GetString(2), NullableText(row, 3), NullableText(row, 4), NullableText(row, 5),
            row.IsDBNull(6) ? null : row.GetDecimal(6), row.IsDBNull(7) ? null : row.GetFieldValue<DateOnly>(7),
            row.GetString(8), NullableText(row, 9), NullableText(row, 10), row.GetFieldValue<string[]>(11),
            row.GetFieldValue<DateTimeOffset>(12));

    private static string? NullableText(NpgsqlDataReader row, int ordinal) => row.IsDBNull(ordinal) ? null : row.GetString(ordinal);
}
