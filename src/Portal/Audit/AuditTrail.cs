using System.Text.Json;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Portal.Data;

namespace OutsourcingPortal.Portal.Audit;

/// <summary>
/// Adds an entry to the portal's audit log in the caller's unit of work, so it is saved with the change it describes
/// or not at all. The caller's transaction must have been started for <paramref name="tenantId"/>.
/// </summary>
public sealed class AuditTrail(TimeProvider clock)
{
    private static readonly JsonSerializerOptions SnapshotJson = new(JsonSerializerDefaults.Web);

    public void Record(PortalDbContext db, AuditActor actor, Guid tenantId, string action, string objectType, Guid objectId,
        object? before, object? after)
    {
        db.Add(new AuditRecord
        {
            TenantId = tenantId,
            Id = Guid.CreateVersion7(),
            OccurredAt = clock.GetUtcNowForStorage(),
            ActorId = actor.Id,
            ActorName = actor.Name,
            Action = action,
            ObjectType = objectType,
            ObjectId = objectId,
            Before = before is null ? null : JsonSerializer.Serialize(before, SnapshotJson),
            After = after is null ? null : JsonSerializer.Serialize(after, SnapshotJson),
        });
    }
}
