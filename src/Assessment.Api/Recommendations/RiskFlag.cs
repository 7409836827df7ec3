namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>A failure mode this initiative is exposed to, why, what to do about it, and the answers that raised it.</summary>
public sealed record RiskFlag(FailureMode FailureMode, string Statement, string Source, string Mitigation, IReadOnlyList<DrivingAnswer> Answers);
