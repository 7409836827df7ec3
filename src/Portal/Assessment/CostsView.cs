namespace OutsourcingPortal.Portal.Assessment;

/// <summary>Outsourcing against building in house.</summary>
public sealed record CostsView(
    string Currency,
    decimal OutsourcedPilotCost,
    DeliveryView Outsourced,
    DeliveryView InHouse);
