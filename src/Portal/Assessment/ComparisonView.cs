namespace OutsourcingPortal.Portal.Assessment;

/// <summary>Two assessments and everything that differs between them.</summary>
public sealed record ComparisonView(
    AssessmentSummaryView First,
    AssessmentSummaryView Second,
    IReadOnlyList<DifferenceView> Differences);
