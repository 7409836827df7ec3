namespace OutsourcingPortal.Portal.Status;

/// <summary>The status words the health endpoints use, plus the one the portal adds when no report arrives.</summary>
public static class HealthStatuses
{
    public const string Healthy = "Healthy";
    public const string Degraded = "Degraded";
    public const string Unhealthy = "Unhealthy";

    /// <summary>Not sent by any service: the portal's word for "the gateway gave no report at all".</summary>
    public const string Unreachable = "Unreachable";

    /// <summary>Orders statuses from fine to worst, so a table can be sorted by how bad things are.</summary>
    public static int Severity(string status) => status switch
    {
        Healthy => 0,
        Degraded => 1,
        Unhealthy => 2,
        // Anything unrecognised is treated as worst: it is the one to look at.
        _ => 3,
    };
}
