using OutsourcingPortal.Assessment.Api.Assessments;
using OutsourcingPortal.Assessment.Api.Recommendations;
using OutsourcingPortal.BuildingBlocks.Data;

namespace OutsourcingPortal.Assessment.Api.Rubrics;

/// <summary>A tenant's rubric versions; until its first edit, a tenant scores with <see cref="Rubric.Default"/>.</summary>
internal static class RubricRecords
{
    public const string ObjectType = "rubric";

    public static async Task<Rubric> CurrentAsync(UnitOfWork work, CancellationToken cancellationToken)
    {
        await using var command = work.CreateCommand("select document from rubrics order by version desc limit 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? StoredJson.Read<Rubric>(reader, 0) : Rubric.Default;
    }

    /// <summary>Adds <paramref name="rubric"/> as the tenant's newest version; false if that version exists (a concurrent edit won).</summary>
    public static async Task<bool> AddVersionAsync(UnitOfWork work, Rubric rubric, Rubric previous, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(work.Now);
        var added = await work.ExecuteAsync(
            """
            insert into rubrics (tenant_id, id, version, document, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $4, $5)
            on conflict (tenant_id, version) do nothing
            """,
            cancellationToken, id, rubric.Version, StoredJson.Parameter(rubric), work.Now, work.Actor.Id);
        if (added == 0)
        {
            return false;
        }
        await work.AuditAsync("update", ObjectType, id, before: previous, after: rubric, cancellationToken);
        return true;
    }
}
