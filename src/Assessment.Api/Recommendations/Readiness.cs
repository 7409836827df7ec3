namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// How ready the initiative is: the weighted overall score (0–100) of the signals' scores, and whether it is ready,
/// which needs the rubric's ready score overall and no signal below the floor.
/// </summary>
public sealed record Readiness(int OverallScore, bool Ready, IReadOnlyList<SignalScore> Signals);
