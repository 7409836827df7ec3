namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>A rule that, when it applies to the way the initiative is delivered, chooses an engagement model.</summary>
internal sealed record EngagementModelRule(
    string Id,
    string Statement,
    string Source,
    Func<InitiativeFacts, Approach, bool> Applies,
    EngagementModel Model) : DecisionRule(Id, Statement, Source);
