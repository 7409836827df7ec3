using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// The phase plan [000][001][002]: any groundwork first, then discovery and proof of concept, development and
/// hardening, each ending at its go/no-go gate, and a transition when a partner hands over. Durations come from the
/// rubric at the project size's point. A bought product skips development and hands nothing over.
/// </summary>
internal static class PhasePlanner
{
    private static readonly GoNoGoGate AfterDiscovery =
        new(GateKind.AfterDiscovery, "Is the use case now narrow and measurable? Re-assess it before committing.");

    private static readonly GoNoGoGate AfterDataReadiness =
        new(GateKind.AfterDataReadiness, "Is the data now accessible, of sufficient quality and approved for use? Re-assess it before committing.");

    private static readonly GoNoGoGate AfterProofOfConcept =
        new(GateKind.AfterProofOfConcept, "Does the result justify further investment?");

    private static readonly GoNoGoGate AfterFirstProductionReadyModel =
        new(GateKind.AfterFirstProductionReadyModel, "Is there measurable business value?");

    private static readonly GoNoGoGate AfterStaging =
        new(GateKind.AfterStaging, "Is the system operationally ready?");

    public static PhasePlan Plan(InitiativeFacts facts, Recommendation recommendation)
    {
        var time = facts.Rubric.Time;
        var size = facts.Size;
        int Weeks(FigureRange figure) => Rounding.WholeWeeks(figure.At(size));

        var phases = new List<Phase>();
        if (facts.UseCaseIsVague)
        {
            phases.Add(new(PhaseKind.Discovery, Weeks(time.DiscoveryWeeks),
                "Clarify the use case: the narrow operational problem, the target workflow, the baseline and the success metric, ending with a shortlist of feasible solutions.",
                AfterDiscovery));
        }
        if (facts.DataIsNotReady)
        {
            phases.Add(new(PhaseKind.DataReadiness, Weeks(time.DataReadinessWeeks),
                "Make the data ready before any model: access approved, quality and completeness fixed, labels where the task needs them.",
                AfterDataReadiness));
        }
        if (recommendation.Delivery == Approach.Buy)
        {
            phases.Add(new(PhaseKind.ProofOfConcept, Weeks(time.ProofOfConceptWeeks),
                "Trial the best-fitting products on your own data and workflow.", AfterProofOfConcept));
            phases.Add(new(PhaseKind.Hardening, Weeks(time.HardeningWeeks),
                "Integrate the chosen product: permissions, monitoring and fallbacks, through staging.", AfterStaging));
            return new PhasePlan(phases);
        }
        phases.Add(new(PhaseKind.ProofOfConcept, Weeks(time.ProofOfConceptWeeks),
            "Discovery and proof of concept: define the problem precisely, assess the data and build a working experimental model.",
            AfterProofOfConcept));
        phases.Add(new(PhaseKind.Development, Weeks(time.DevelopmentWeeks),
            "Build the production model on production-like data, with MLOps from the start.", AfterFirstProductionReadyModel));
        phases.Add(new(PhaseKind.Hardening, Weeks(time.HardeningWeeks),
            "Scalability, reliability, monitoring, fallback logic, permissions and integration, through staging.", AfterStaging));
        if (recommendation.PartnerBuilds)
        {
            phases.Add(new(PhaseKind.Transition, TransitionWeeks(phases.Sum(phase => phase.Weeks), time.TransitionShareOfTotalTime, size),
                "Documentation, knowledge-transfer sessions, pair programming and a supervised handover in which your team operates the system.",
                GateAfter: null));
        }
        return new PhasePlan(phases);
    }

    /// <summary>
    /// The transition takes the size's share of the whole plan, so share / (1 - share) of the weeks before it, in
    /// whole weeks kept within the rubric's range of shares where whole weeks allow.
    /// </summary>
    private static int TransitionWeeks(int weeksBefore, FigureRange share, ProjectSize size)
    {
        decimal WeeksFor(decimal part) => weeksBefore * part / (1 - part);
        var fewest = (int)Math.Ceiling(WeeksFor(share.Low));
        var most = (int)Math.Floor(WeeksFor(share.High));
        return Math.Clamp(Rounding.WholeWeeks(WeeksFor(share.At(size))), fewest, Math.Max(fewest, most));
    }
}
