namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>The phases in order, with their durations in weeks.</summary>
public sealed record PhasePlan(IReadOnlyList<Phase> Phases)
{
    public int TotalWeeks => Phases.Sum(phase => phase.Weeks);

    /// <summary>Weeks until the system is operationally ready: everything before the handover.</summary>
    internal int WeeksUntilOperational => Phases.Where(phase => phase.Kind != PhaseKind.Transition).Sum(phase => phase.Weeks);
}
