namespace OutsourcingPortal.Portal.Status;

/// <summary>One row of the status table: a health entry together with the name it was reported under.</summary>
public sealed record ServiceHealth(string Name, string Status, string? Description, double DurationMs)
{
    public int Severity => HealthStatuses.Severity(Status);
}
