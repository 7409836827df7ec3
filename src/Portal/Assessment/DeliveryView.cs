namespace OutsourcingPortal.Portal.Assessment;

/// <summary>Time to first delivery and the first year's cost of one way to build.</summary>
public sealed record DeliveryView(
    int WeeksToFirstDelivery,
    int HiringDelayWeeks,
    FirstYearView FirstYear);
