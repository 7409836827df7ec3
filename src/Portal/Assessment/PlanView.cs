namespace OutsourcingPortal.Portal.Assessment;

/// <summary>The phases in order.</summary>
public sealed record PlanView(
    IReadOnlyList<PhaseView> Phases,
    int TotalWeeks);
