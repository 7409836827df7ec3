namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// How first-year spend beyond initial development divides [001]. The articles name the parts but not their sizes,
/// so these shares are the portal's defaults; they add up to 1.
/// </summary>
public sealed record OperatingCostShares(decimal MonitoringAndMaintenance, decimal Retraining, decimal Infrastructure, decimal InternalStaff)
{
    internal decimal Total => MonitoringAndMaintenance + Retraining + Infrastructure + InternalStaff;
}
