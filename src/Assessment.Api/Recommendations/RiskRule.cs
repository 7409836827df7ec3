using OutsourcingPortal.BuildingBlocks.Data;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>A rule that flags a failure mode, with its mitigation, when the answers and the plan expose the initiative to it.</summary>
internal sealed record RiskRule(
    FailureMode FailureMode,
    string Statement,
    string Source,
    string Mitigation,
    Func<InitiativeFacts, Recommendation, PhasePlan, bool> Applies) : DecisionRule(KebabCaseEnum.ToText(FailureMode), Statement, Source);
