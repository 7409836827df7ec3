namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// How an outside team is engaged when one builds (outsource or hybrid): the first rule that applies decides. A team
/// with ML talent leads and is augmented; a hybrid without one co-develops with a dedicated team; an outsourced
/// initiative is a managed service, a dedicated team or a fixed-scope project by what it needs.
/// </summary>
internal static class EngagementModelRules
{
    public static IReadOnlyList<EngagementModelRule> Precedence { get; } =
    [
        new("internal-team-leads",
            "Your ML team leads and external engineers join it for a defined period: staff augmentation keeps control high, and the management burden with you.",
            "[001][002]",
            (facts, _) => facts.HasMlTalent, EngagementModel.StaffAugmentation),
        new("co-development",
            "Co-development: a dedicated external team builds alongside the engineers you hire, who take ownership step by step.",
            "[001][002]",
            (_, delivery) => delivery == Approach.Hybrid, EngagementModel.DedicatedTeam),
        new("full-lifecycle",
            "A partner should run the full lifecycle, operations included, and little internal capability is wanted: a managed service carries the lowest management burden.",
            "[000][002]",
            (facts, _) => facts.PartnerRunsIt && !facts.BuildsCapability, EngagementModel.ManagedService),
        new("evolving-scope",
            "The work is ongoing, or its scope or success criteria are still evolving: a dedicated team on a monthly retainer absorbs the change.",
            "[001][002]",
            (facts, _) => facts.IsOngoingWork || !facts.ScopeIsStable || !facts.MetricIsClear, EngagementModel.DedicatedTeam),
        new("well-defined-project",
            "A well-defined project with a stable scope and clear success criteria: project-based at a fixed price, with a change process against scope creep.",
            "[001][002]",
            (facts, _) => !facts.IsOngoingWork && facts.ScopeIsStable && facts.MetricIsClear, EngagementModel.ProjectBased),
    ];

    /// <summary>The model and its reason when an outside team builds; null otherwise.</summary>
    public static (EngagementModel Model, Reason Reason)? Choose(InitiativeFacts facts, Approach delivery)
    {
        if (delivery is not (Approach.Outsource or Approach.Hybrid))
        {
            return null;
        }
        foreach (var rule in Precedence)
        {
            if (facts.CiteIf(rule, ruleFacts => rule.Applies(ruleFacts, delivery)) is { } reason)
            {
                return (rule.Model, reason);
            }
        }
        throw new InvalidOperationException("The last two rules complement each other, so one of them always applies.");
    }
}
