using OutsourcingPortal.Contracts.Audit;

namespace OutsourcingPortal.Portal.Audit;

/// <summary>One source's answer: its newest matching entries and how many match in all, or why it could not answer.</summary>
public sealed record AuditSourceResult(string Source, IReadOnlyList<AuditEntryResponse> Entries, long Total, string? Error)
{
    public static AuditSourceResult Read(string source, IReadOnlyList<AuditEntryResponse> entries, long total) => new(source, entries, total, null);

    public static AuditSourceResult Failed(string source, string error) => new(source, [], 0, error);
}
