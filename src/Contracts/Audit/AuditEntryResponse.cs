using System.Text.Json;

namespace OutsourcingPortal.Contracts.Audit;

/// <summary>
/// One line of a service's audit log, as org admins read it at <c>GET /api/{service}/audit-log</c>.
/// <see cref="Outcome"/> is <c>succeeded</c> for a change and <c>denied</c> for a refused or foreign access.
/// </summary>
public sealed record AuditEntryResponse(
    Guid Id,
    DateTimeOffset OccurredAt,
    Guid? ActorId,
    string ActorName,
    string Action,
    string ObjectType,
    Guid? ObjectId,
    string Outcome,
    JsonElement? Before,
    JsonElement? After);
