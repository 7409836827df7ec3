namespace OutsourcingPortal.Portal.Assessment;

/// <summary>Who does one component of the work.</summary>
public sealed record ResponsibilityView(
    string Component,
    string Ownership,
    ReasonView Reason);
