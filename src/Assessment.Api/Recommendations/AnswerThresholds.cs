namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>Where answers on the 1–5 scales start to count for the decision rules.</summary>
/// <param name="ExploratoryRequirementsFrom">Requirement uncertainty from which requirements count as highly exploratory.</param>
/// <param name="StableScopeFrom">Scope stability from which the scope counts as stable enough for a fixed-scope project.</param>
/// <param name="ClearMetricFrom">Success-metric measurability from which the success criteria count as clear.</param>
public sealed record AnswerThresholds(int ExploratoryRequirementsFrom, int StableScopeFrom, int ClearMetricFrom);
