using OutsourcingPortal.Contracts.Events;

namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// A client organization awarded a brief to one vendor's response: what an engagement needs to start (the vendor, the
/// initiative the brief was written from, the engagement model asked for) and why that vendor won. The weighted total
/// is the response's evaluation (0–100) from the submitted scorecards at the moment of the award, null when nobody
/// had scored it. The engagement model is the API's kebab-case value (<c>dedicated-team</c>).
/// </summary>
public sealed record VendorAwarded(
    Guid BriefId,
    string Title,
    Guid ResponseId,
    Guid VendorId,
    string VendorName,
    Guid? InitiativeId,
    string? EngagementModel,
    string Rationale,
    decimal? WeightedTotal,
    DateTimeOffset AwardedAt) : IIntegrationEvent
{
    public static string EventType => nameof(VendorAwarded);

    public static int EventVersion => 1;
}
