namespace OutsourcingPortal.BuildingBlocks.Audit;

/// <summary>The filters of <c>GET /audit-log</c>: by person, by object, by time (from inclusive, to exclusive).</summary>
public sealed record AuditLogQuery
{
    public Guid? Actor { get; init; }

    public Guid? ObjectId { get; init; }

    public DateTimeOffset? From { get; init; }

    public DateTimeOffset? To { get; init; }
}
