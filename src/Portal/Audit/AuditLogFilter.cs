namespace OutsourcingPortal.Portal.Audit;

/// <summary>What the audit log page asks every source for; <see cref="To"/> is exclusive.</summary>
public sealed record AuditLogFilter(Guid? Actor, Guid? ObjectId, DateTimeOffset? From, DateTimeOffset? To);
