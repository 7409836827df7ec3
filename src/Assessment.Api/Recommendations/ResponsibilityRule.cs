namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>A rule that, when it applies, gives some components of the responsibility split a different owner.</summary>
internal sealed record ResponsibilityRule(
    string Id,
    string Statement,
    string Source,
    Func<InitiativeFacts, Recommendation, bool> Applies,
    Ownership Ownership,
    IReadOnlyList<Component> Components) : DecisionRule(Id, Statement, Source);
