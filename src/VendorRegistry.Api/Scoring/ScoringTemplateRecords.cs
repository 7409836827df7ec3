using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>How each organization's scoring template is kept: every edit a new version, the newest one in use.</summary>
internal static class ScoringTemplateRecords
{
    public const string ObjectType = "scoring-template";

    public static async Task<VersionedTemplate> CurrentAsync(UnitOfWork work, CancellationToken cancellationToken)
    {
        await using var command = work.CreateCommand("select version, criteria from scoring_templates order by version desc limit 1");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new VersionedTemplate(reader.GetInt32(0), StoredJson.Read<ScoringCriterion[]>(reader, 1))
            : new VersionedTemplate(0, ScoringTemplate.Default.Criteria);
    }

    /// <summary>Adds the template as the tenant's next version; false if a concurrent edit took that version first.</summary>
    public static async Task<bool> AddVersionAsync(UnitOfWork work, VersionedTemplate template, VersionedTemplate previous, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7(work.Now);
        var added = await work.ExecuteAsync(
            """
            insert into scoring_templates (tenant_id, id, version, criteria, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $4, $5)
            on conflict (tenant_id, version) do nothing
            """,
            cancellationToken, id, template.Version, StoredJson.Parameter(template.Criteria), work.Now, work.Actor.Id);
        if (added == 0)
        {
            return false;
        }
        await work.AuditAsync("update", ObjectType, id, before: previous, after: template, cancellationToken);
        return true;
    }

    /// <summary>The criteria a new brief copies: later template edits leave it as it was issued.</summary>
    public static IReadOnlyList<BriefCriterion> ToBriefCriteria(this VersionedTemplate template) =>
        [.. template.Criteria.Select(criterion => new BriefCriterion(criterion.Id, criterion.Name, criterion.Weight, criterion.Guidance))];
}
