using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using OutsourcingPortal.Contracts.Audit;
using OutsourcingPortal.Portal.Data;

namespace OutsourcingPortal.Portal.Audit;

/// <summary>Reads the portal's own audit log for one tenant, in the same shape the services' audit-log endpoints answer.</summary>
public sealed class PortalAuditLog(IDbContextFactory<PortalDbContext> dbFactory)
{
    public const string SourceName = "portal";
    private const string Succeeded = "succeeded";

    public async Task<AuditSourceResult> ReadAsync(Guid tenantId, AuditLogFilter filter, int limit, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginTenantTransactionAsync(tenantId, cancellationToken);
        // Row-level security already limits the rows to the tenant; the explicit filter keeps the query right even
        // for a login that bypasses it (a superuser in development).
        var query = db.AuditLog.AsNoTracking().Where(record => record.TenantId == tenantId);
        if (filter.Actor is { } actor)
        {
            query = query.Where(record => record.ActorId == actor);
        }
        if (filter.ObjectId is { } objectId)
        {
            query = query.Where(record => record.ObjectId == objectId);
        }
        if (filter.From is { } from)
        {
            query = query.Where(record => record.OccurredAt >= from);
        }
        if (filter.To is { } to)
        {
            query = query.Where(record => record.OccurredAt < to);
        }

        var total = await query.LongCountAsync(cancellationToken);
        var records = await query.OrderByDescending(record => record.OccurredAt).Take(limit).ToListAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return AuditSourceResult.Read(SourceName, records.Select(ToResponse).ToList(), total);
    }

    private static AuditEntryResponse ToResponse(AuditRecord record) => new(
        record.Id, record.OccurredAt, record.ActorId, record.ActorName, record.Action, record.ObjectType, record.ObjectId, Succeeded,
        ParseOrNull(record.Before), ParseOrNull(record.After));

    private static JsonElement? ParseOrNull(string? json)
    {
        if (json is null)
        {
            return null;
        }
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
