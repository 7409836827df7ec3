namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>Money figures in US dollars, and the shares that divide them.</summary>
/// <param name="PilotCostUsd">A focused pilot with a specialist partner: $25,000–$100,000 [000].</param>
/// <param name="ProductionBuildCostPerYearUsd">A production build with ongoing MLOps support: $150,000–$500,000+ a year [000].</param>
/// <param name="DevelopmentShareOfFirstYear">Initial development's share of first-year spend: 30–40% [001].</param>
/// <param name="OutsourcingSaving">What outsourcing typically cuts from total cost against in-house: 30–50% [002].</param>
/// <param name="OperatingCostShares">How the rest of first-year spend divides [001].</param>
public sealed record CostFigures(
    FigureRange PilotCostUsd,
    FigureRange ProductionBuildCostPerYearUsd,
    FigureRange DevelopmentShareOfFirstYear,
    FigureRange OutsourcingSaving,
    OperatingCostShares OperatingCostShares);
