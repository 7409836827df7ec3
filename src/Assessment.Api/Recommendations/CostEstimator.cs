namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// Outsourced against in-house cost and time to value, at the project size's point in each of the rubric's ranges.
/// Outsourced: a pilot delivers first, and the first year costs a production build with MLOps support [000].
/// In house: the first delivery takes its 6–18 months, which include hiring; a team with talent and capacity skips
/// the hiring. The first year costs what outsourcing would save on it more [002]. Development is its share of either
/// first year, the rest divides by the operating shares [001].
/// </summary>
internal static class CostEstimator
{
    public const string Currency = "USD";

    public static CostComparison Compare(InitiativeFacts facts)
    {
        var (time, costs, size) = (facts.Rubric.Time, facts.Rubric.Costs, facts.Size);
        var hiringMonths = time.HiringMonths.At(size);
        var hiringDelayWeeks = facts.TeamCanBuildAlone ? 0 : Rounding.WholeWeeks(Rounding.WeeksIn(hiringMonths));
        var buildWeeks = Rounding.WholeWeeks(Rounding.WeeksIn(time.InHouseFirstDeliveryMonths.At(size) - hiringMonths));

        var outsourcedFirstYear = Rounding.WholeDollars(costs.ProductionBuildCostPerYearUsd.At(size));
        var inHouseFirstYear = Rounding.WholeDollars(outsourcedFirstYear / (1 - costs.OutsourcingSaving.At(size)));
        FirstYearCost Divide(decimal total) => FirstYearCost.Divide(total, costs.DevelopmentShareOfFirstYear.At(size), costs.OperatingCostShares);

        return new CostComparison(
            Currency,
            OutsourcedPilotCost: Rounding.WholeDollars(costs.PilotCostUsd.At(size)),
            Outsourced: new(Rounding.WholeWeeks(time.PilotWeeks.At(size)), HiringDelayWeeks: 0, Divide(outsourcedFirstYear)),
            InHouse: new(hiringDelayWeeks + buildWeeks, hiringDelayWeeks, Divide(inHouseFirstYear)));
    }
}
