namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>Cost and time to value of outsourcing against building in house [000][001][002], in one currency.</summary>
public sealed record CostComparison(string Currency, decimal OutsourcedPilotCost, DeliveryEstimate Outsourced, DeliveryEstimate InHouse);
