using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;

namespace OutsourcingPortal.Assessment.Tests;

/// <summary>Runs the engine on questionnaire version 1 and reads results the way the tests ask about them.</summary>
internal static class Assessing
{
    public static AssessmentResult Assess(AnswersBuilder answers, Rubric? rubric = null) =>
        AssessmentEngine.Assess(Questionnaire.Version1, answers.Build(), rubric ?? Rubric.Default);

    /// <summary>Every approach or engagement-model rule that applied, whether it decided or was overruled.</summary>
    public static IReadOnlyList<string> AppliedRules(this AssessmentResult result) =>
        [.. result.Recommendation.Reasons.Concat(result.Recommendation.Overruled).Select(reason => reason.RuleId)];

    public static IReadOnlyList<string> ReasonIds(this AssessmentResult result) =>
        [.. result.Recommendation.Reasons.Select(reason => reason.RuleId)];

    public static IReadOnlyList<string> OverruledIds(this AssessmentResult result) =>
        [.. result.Recommendation.Overruled.Select(reason => reason.RuleId)];

    public static IReadOnlyList<FailureMode> FailureModes(this AssessmentResult result) =>
        [.. result.Risks.Select(risk => risk.FailureMode)];

    public static ResponsibilityAssignment Responsibility(this AssessmentResult result, Component component) =>
        result.ResponsibilitySplit.Single(assignment => assignment.Component == component);

    public static Ownership OwnerOf(this AssessmentResult result, Component component) => result.Responsibility(component).Ownership;

    public static SignalScore Signal(this AssessmentResult result, ReadinessSignal signal) =>
        result.Readiness.Signals.Single(score => score.Signal == signal);

    public static int WeeksOf(this AssessmentResult result, PhaseKind kind) => result.Plan.Phases.Single(phase => phase.Kind == kind).Weeks;

    /// <summary>A rubric that differs from the default only in its readiness thresholds.</summary>
    public static Rubric WithReadiness(int readyScore, int signalFloor, int version = 1) =>
        Rubric.Default with { Version = version, Readiness = new(readyScore, signalFloor) };
}
