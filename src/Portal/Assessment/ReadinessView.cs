namespace OutsourcingPortal.Portal.Assessment;

/// <summary>Overall readiness and each signal's score.</summary>
public sealed record ReadinessView(
    int OverallScore,
    bool Ready,
    IReadOnlyList<SignalView> Signals);
