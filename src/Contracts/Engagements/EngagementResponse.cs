namespace OutsourcingPortal.Contracts.Engagements;

public sealed record EngagementResponse(
    Guid Id, string Name, Guid VendorId, string VendorName, EngagementPhase Phase, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
