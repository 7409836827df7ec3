namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>One phase of the plan: how long it takes, what it is for, and the gate that ends it, if any.</summary>
public sealed record Phase(PhaseKind Kind, int Weeks, string Purpose, GoNoGoGate? GateAfter);
