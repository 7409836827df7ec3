namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>Who owns one component of this initiative, and the rule that decided it.</summary>
public sealed record ResponsibilityAssignment(Component Component, Ownership Ownership, Reason Reason);
