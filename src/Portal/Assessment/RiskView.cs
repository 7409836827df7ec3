namespace OutsourcingPortal.Portal.Assessment;

/// <summary>A failure mode to watch, and how to prevent it.</summary>
public sealed record RiskView(
    string FailureMode,
    string Statement,
    string Source,
    string Mitigation);
