namespace OutsourcingPortal.Portal.Assessment;

/// <summary>One way two assessments differ (<c>readiness.overallScore</c>, <c>answers.team.ml-talent</c>).</summary>
public sealed record DifferenceView(
    string Aspect,
    string? First,
    string? Second);
