using OutsourcingPortal.Contracts.Audit;

namespace OutsourcingPortal.Portal.Audit;

/// <summary>A row of the merged audit log: an entry and the part of the system that recorded it.</summary>
public sealed record AuditLogRow(string Source, AuditEntryResponse Entry)
{
    public DateTimeOffset OccurredAt => Entry.OccurredAt;

    public string Change => (Entry.Before, Entry.After) switch
    {
        (null, null) => string.Empty,
        (null, { } after) => after.GetRawText(),
        ({ } before, null) => before.GetRawText() + " → (removed)",
        ({ } before, { } after) => before.GetRawText() + " → " + after.GetRawText(),
    };
}
