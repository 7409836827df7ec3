namespace OutsourcingPortal.Portal.Audit;

/// <summary>The audit log page's content: every source's newest entries merged, newest first, and each source's state.</summary>
public sealed record AuditLogView(IReadOnlyList<AuditLogRow> Rows, IReadOnlyList<AuditSourceResult> Sources);
