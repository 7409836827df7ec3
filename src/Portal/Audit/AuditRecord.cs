using OutsourcingPortal.BuildingBlocks.Audit;

namespace OutsourcingPortal.Portal.Audit;

/// <summary>One row of the portal's <c>audit_log</c> (the shared table every service has, see BuildingBlocks' migrations). Before and after are JSON snapshots, never secrets.</summary>
public sealed class AuditRecord
{
    public Guid TenantId { get; init; }

    public Guid Id { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public Guid? ActorId { get; init; }

    public required string ActorName { get; init; }

    public required string Action { get; init; }

    public required string ObjectType { get; init; }

    public Guid? ObjectId { get; init; }

    /// <summary>The portal records only changes it made; refusals are kept by the APIs.</summary>
    public string Outcome { get; init; } = AuditOutcome.Succeeded;

    public string? Before { get; init; }

    public string? After { get; init; }
}
