namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>Durations the plan and the time-to-value comparison use.</summary>
/// <param name="PilotWeeks">An outsourced pilot's time to first delivery: 4–12 weeks [000].</param>
/// <param name="InHouseFirstDeliveryMonths">In-house time to first delivery, building the team included: 6–18 months [000].</param>
/// <param name="HiringMonths">Hiring a senior ML engineer: 4–6 months [001].</param>
/// <param name="DiscoveryWeeks">A discovery engagement before committing: 2–4 weeks [002].</param>
/// <param name="DataReadinessWeeks">A data strategy phase when the data is not ready; the articles give no duration.</param>
/// <param name="ProofOfConceptWeeks">Discovery and proof of concept: 6–12 weeks [001].</param>
/// <param name="DevelopmentWeeks">Development to the first production-ready model; the articles give no duration.</param>
/// <param name="HardeningWeeks">Production hardening through staging; the articles give no duration.</param>
/// <param name="TransitionShareOfTotalTime">Transition and handover: 15–20% of total project time [001].</param>
public sealed record TimeFigures(
    FigureRange PilotWeeks,
    FigureRange InHouseFirstDeliveryMonths,
    FigureRange HiringMonths,
    FigureRange DiscoveryWeeks,
    FigureRange DataReadinessWeeks,
    FigureRange ProofOfConceptWeeks,
    FigureRange DevelopmentWeeks,
    FigureRange HardeningWeeks,
    FigureRange TransitionShareOfTotalTime);
