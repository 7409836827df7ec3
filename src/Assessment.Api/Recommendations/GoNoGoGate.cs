namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>A decision point after a phase: continue, pivot or stop, answering <see cref="Question"/> [001].</summary>
public sealed record GoNoGoGate(GateKind Kind, string Question);
