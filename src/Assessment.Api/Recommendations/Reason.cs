namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// A rule the engine applied: its id, the domain statement it encodes, the articles it comes from ("[001][002]"),
/// and the answers it read to reach its verdict.
/// </summary>
public sealed record Reason(string RuleId, string Statement, string Source, IReadOnlyList<DrivingAnswer> Answers);
