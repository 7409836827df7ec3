namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>One way of delivering the initiative: weeks to first delivery (hiring included) and first-year cost.</summary>
public sealed record DeliveryEstimate(int WeeksToFirstDelivery, int HiringDelayWeeks, FirstYearCost FirstYear);
