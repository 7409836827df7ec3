namespace OutsourcingPortal.Portal.Audit;

/// <summary>Who made a change: a signed-in person, or someone who has just accepted an invitation.</summary>
public sealed record AuditActor(Guid Id, string Name);
