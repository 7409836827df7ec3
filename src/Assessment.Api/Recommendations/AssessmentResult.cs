namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// Everything an assessment concludes, with the questionnaire and rubric versions it was made with, so the same
/// inputs reproduce it.
/// </summary>
public sealed record AssessmentResult(
    int QuestionnaireVersion,
    int RubricVersion,
    Readiness Readiness,
    Recommendation Recommendation,
    IReadOnlyList<ResponsibilityAssignment> ResponsibilitySplit,
    IReadOnlyList<RiskFlag> Risks,
    PhasePlan Plan,
    CostComparison Costs);
