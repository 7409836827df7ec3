namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>A vendor's registry profile, shared by every client organization (domain.md §2).</summary>
public sealed record VendorResponse(
    Guid Id,
    string Name,
    string? Website,
    IReadOnlyList<VendorCapability> Capabilities,
    IReadOnlyList<Vertical> Verticals,
    IReadOnlyList<DeliveryRegion> Regions,
    IReadOnlyList<string> TimeZones,
    IReadOnlyList<RateCardEntry> RateCard,
    IReadOnlyList<EngagementModel> EngagementModels,
    int? ModelsInProduction,
    string? TrackRecord,
    IReadOnlyList<TeamMember> TeamMembers,
    decimal? RetentionPercent,
    SecurityPractices Security,
    string? AiAssistantUsage,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
