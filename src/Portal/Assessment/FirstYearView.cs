namespace OutsourcingPortal.Portal.Assessment;

/// <summary>The first year's cost, development and the rest.</summary>
public sealed record FirstYearView(
    decimal Total,
    decimal Development,
    decimal MonitoringAndMaintenance,
    decimal Retraining,
    decimal Infrastructure,
    decimal InternalStaff);
