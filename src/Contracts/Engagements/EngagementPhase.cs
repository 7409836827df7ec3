namespace OutsourcingPortal.Contracts.Engagements;

/// <summary>The phases an engagement moves through, in order (domain.md §3); stored and sent in kebab-case.</summary>
public enum EngagementPhase
{
    DiscoveryPoc,
    Development,
    ProductionHardening,
    TransitionHandover,
    SteadyState,
}
