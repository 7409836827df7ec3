namespace OutsourcingPortal.Assessment.Api.Assessments;

/// <summary>One way two assessments differ, as text a reader compares side by side (absent: null).</summary>
public sealed record Difference(string Aspect, string? First, string? Second);
