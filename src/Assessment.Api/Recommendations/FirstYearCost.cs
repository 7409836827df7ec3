namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// First-year total cost of ownership in whole US dollars: initial development, and the rest it leaves for
/// monitoring and maintenance, retraining, infrastructure (compute, storage, serving) and internal operating staff
/// [001]. The parts add up to <see cref="Total"/>.
/// </summary>
public sealed record FirstYearCost(decimal Total, decimal Development, decimal MonitoringAndMaintenance, decimal Retraining, decimal Infrastructure, decimal InternalStaff)
{
    internal static FirstYearCost Divide(decimal total, decimal developmentShare, OperatingCostShares shares)
    {
        var development = Rounding.WholeDollars(total * developmentShare);
        var operating = total - development;
        var monitoring = Rounding.WholeDollars(operating * shares.MonitoringAndMaintenance);
        var retraining = Rounding.WholeDollars(operating * shares.Retraining);
        var infrastructure = Rounding.WholeDollars(operating * shares.Infrastructure);
        // The last part takes what rounding left, so the parts add up to the total exactly.
        return new(total, development, monitoring, retraining, infrastructure, operating - monitoring - retraining - infrastructure);
    }
}
