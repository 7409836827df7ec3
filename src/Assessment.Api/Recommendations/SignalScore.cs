namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>One readiness signal's score (0–100), its weight in the overall score, and the answers that made it.</summary>
public sealed record SignalScore(ReadinessSignal Signal, int Score, decimal Weight, bool BelowFloor, IReadOnlyList<DrivingAnswer> Answers);
