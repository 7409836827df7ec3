namespace OutsourcingPortal.Portal.Assessment;

/// <summary>What a completed assessment concluded, as the memo presents it.</summary>
public sealed record ResultView(
    int RubricVersion,
    ReadinessView Readiness,
    RecommendationView Recommendation,
    IReadOnlyList<ResponsibilityView> ResponsibilitySplit,
    IReadOnlyList<RiskView> Risks,
    PlanView Plan,
    CostsView Costs);
