namespace OutsourcingPortal.Portal.Status;

/// <summary>One health check in the gateway's report, as it travels on the wire.</summary>
public sealed record GatewayHealthEntry(string Status, string? Description, double DurationMs);
