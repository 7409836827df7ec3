namespace OutsourcingPortal.Portal.Status;

/// <summary>
/// The gateway's answer to <c>GET /health</c>: its own verdict on the whole system and one entry per check,
/// keyed by the name of the service (or check) it describes.
/// </summary>
public sealed record GatewayHealthReport(
    string Status,
    double TotalDurationMs,
    IReadOnlyDictionary<string, GatewayHealthEntry> Entries)
{
    /// <summary>The entries as rows that carry their own name, ready for a table.</summary>
    public IEnumerable<ServiceHealth> ListServices() =>
        Entries.Select(entry => new ServiceHealth(
            entry.Key, entry.Value.Status, entry.Value.Description, entry.Value.DurationMs));
}
