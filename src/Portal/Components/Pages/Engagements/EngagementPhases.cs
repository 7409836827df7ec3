using OutsourcingPortal.Contracts.Engagements;

namespace OutsourcingPortal.Portal.Components.Pages.Engagements;

/// <summary>The phases as people call them (domain.md §3).</summary>
public static class EngagementPhases
{
    public static string Describe(EngagementPhase phase) => phase switch
    {
        EngagementPhase.DiscoveryPoc => "Discovery & proof of concept",
        EngagementPhase.Development => "Development",
        EngagementPhase.ProductionHardening => "Production hardening",
        EngagementPhase.TransitionHandover => "Transition & handover",
        EngagementPhase.SteadyState => "Steady state",
        _ => phase.ToString(),
    };
}
