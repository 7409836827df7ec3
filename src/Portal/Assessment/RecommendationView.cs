namespace OutsourcingPortal.Portal.Assessment;

/// <summary>The approach, what follows groundwork, the engagement model, and the rules that decided.</summary>
public sealed record RecommendationView(
    string Approach,
    string? ThenApproach,
    string? EngagementModel,
    IReadOnlyList<ReasonView> Reasons,
    IReadOnlyList<ReasonView> Overruled);
