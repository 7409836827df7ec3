namespace OutsourcingPortal.Portal.Assessment;

/// <summary>A go/no-go gate.</summary>
public sealed record GateView(
    string Kind,
    string Question);
