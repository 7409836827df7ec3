using Npgsql;
using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using OutsourcingPortal.BuildingBlocks.Data;

namespace OutsourcingPortal.Assessment.Api.Assessments;

/// <summary>How assessments are stored: the SQL the endpoints and the demo data share.</summary>
internal static class AssessmentRecords
{
    public const string ObjectType = "assessment";

    public const string Columns =
        "id, initiative_id, status, questionnaire_version, answers, result, completed_at, created_at, updated_at";

    public static Task<Versioned<AssessmentResponse>?> FindAsync(
        UnitOfWork work, Guid id, string action, CancellationToken cancellationToken, bool forUpdate = false) =>
        work.FindAsync(ObjectType, id, action,
            $"select {Columns}, {Versioned.Column} from assessments where id = $1{(forUpdate ? " for update" : "")}",
            Versioned.Reader(Read), cancellationToken);

    /// <summary>Adds the assessment (a draft, or a completed one with the rubric it was scored with) and audits it; false if that id exists.</summary>
    public static async Task<bool> InsertAsync(
        UnitOfWork work, AssessmentResponse assessment, CancellationToken cancellationToken, Rubric? scoredWith = null)
    {
        var inserted = await work.ExecuteAsync(
            """
            insert into assessments (tenant_id, id, initiative_id, status, questionnaire_version, answers, rubric, result,
                                     completed_at, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
            on conflict (id) do nothing
            """,
            cancellationToken,
            assessment.Id, assessment.InitiativeId, KebabCaseEnum.ToText(assessment.Status), assessment.QuestionnaireVersion,
            StoredJson.Parameter(assessment.Answers), scoredWith is null ? null : StoredJson.Parameter(scoredWith),
            assessment.Result is null ? null : StoredJson.Parameter(assessment.Result),
            assessment.CompletedAt, assessment.CreatedAt, assessment.UpdatedAt, work.Actor.Id);
        if (inserted == 0)
        {
            return false;
        }
        await work.AuditAsync("create", ObjectType, assessment.Id, before: null, after: assessment, cancellationToken);
        return true;
    }

    /// <summary>Saves a draft's answers if the row is still at <paramref name="version"/>; the new version, or null when stale.</summary>
    public static Task<long?> SaveAnswersAsync(UnitOfWork work, AssessmentResponse draft, uint version, CancellationToken cancellationToken) =>
        work.ScalarAsync<long?>(
            $"""
            update assessments set answers = $2, updated_at = $3
            where id = $1 and status = 'draft' and {Versioned.Matches(4)}
            returning {Versioned.Column}
            """,
            cancellationToken, draft.Id, StoredJson.Parameter(draft.Answers), draft.UpdatedAt, Versioned.Parameter(version));

    /// <summary>Records the result and the rubric it was scored with; the new version, or null when stale.</summary>
    public static Task<long?> CompleteAsync(
        UnitOfWork work, AssessmentResponse completed, Rubric rubric, uint version, CancellationToken cancellationToken) =>
        work.ScalarAsync<long?>(
            $"""
            update assessments
            set status = 'completed', rubric = $2, result = $3, completed_at = $4, updated_at = $4
            where id = $1 and status = 'draft' and {Versioned.Matches(5)}
            returning {Versioned.Column}
            """,
            cancellationToken, completed.Id, StoredJson.Parameter(rubric), StoredJson.Parameter(completed.Result),
            completed.CompletedAt, Versioned.Parameter(version));

    public static AssessmentResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetGuid(1), KebabCaseEnum.Parse<AssessmentStatus>(row.GetString(2)), row.GetInt32(3),
            StoredJson.Read<Dictionary<string, AnswerValue?>>(row, 4),
            StoredJson.ReadOptional<AssessmentResult>(row, 5),
            row.IsDBNull(6) ? null : row.GetFieldValue<DateTimeOffset>(6),
            row.GetFieldValue<DateTimeOffset>(7), row.GetFieldValue<DateTimeOffset>(8));
}
