namespace OutsourcingPortal.Portal.Assessment;

/// <summary>One rule applied, in the domain's words, with its source article.</summary>
public sealed record ReasonView(
    string RuleId,
    string Statement,
    string Source,
    IReadOnlyList<DrivingAnswerView> Answers);
