namespace OutsourcingPortal.Engagements.Api.Engagements;

public sealed record EngagementResponse(
    Guid Id, string Name, string VendorName, EngagementPhase Phase, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
