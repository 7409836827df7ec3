namespace OutsourcingPortal.Portal.Assessment;

/// <summary>One phase and the gate that closes it.</summary>
public sealed record PhaseView(
    string Kind,
    int Weeks,
    string Purpose,
    GateView? GateAfter);
