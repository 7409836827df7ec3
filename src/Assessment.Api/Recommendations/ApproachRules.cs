using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// How the approach is chosen: the rules below, in precedence order. The first rule that applies decides. Other
/// rules that apply and agree become further reasons; those that recommend something else are reported as
/// overruled, so the memo can show what was weighed. Discovery-first and data-readiness-first are groundwork: when
/// one decides, the first rule recommending a way to deliver decides what follows the groundwork.
/// <list type="number">
/// <item>A vague use case: discovery first. Nothing else can be judged on a vague problem.</item>
/// <item>Data not ready: data readiness first. No delivery model fixes poor data.</item>
/// <item>A commodity that an existing product provides: buy.</item>
/// <item>A very small project: in house. Coordination would cost more than the build.</item>
/// <item>Control must stay inside (core differentiator, restricted data, tight iteration, exploratory requirements,
/// a team building its expertise): in house if the team has talent and capacity, otherwise hybrid.</item>
/// <item>Talent without capacity: hybrid with staff augmentation. A temporary skill gap: hybrid if there is a team,
/// otherwise outsource.</item>
/// <item>Talent and capacity: in house.</item>
/// <item>No ML talent: outsource. A supporting role, a fixed deadline, the budget cycle and engineering around the
/// model add reasons.</item>
/// </list>
/// </summary>
internal static class ApproachRules
{
    public static IReadOnlyList<ApproachRule> Precedence { get; } =
    [
        new("vague-use-case",
            "The use case is still vague: start with a discovery engagement that pins down the narrow problem, the target workflow, the baseline and a measurable outcome.",
            "[000]",
            facts => facts.UseCaseIsVague, _ => Approach.DiscoveryFirst),
        new("data-not-ready",
            "The data is not ready, and no vendor can build trustworthy outputs from unreliable inputs: begin with a data strategy phase rather than a model.",
            "[000][001]",
            facts => facts.DataIsNotReady, _ => Approach.DataReadinessFirst),
        new("commodity-off-the-shelf",
            "The capability is a commodity and an existing product meets the need: buying beats building.",
            "[002]",
            facts => facts.Role == StrategicRole.Commodity && facts.OffTheShelfMeetsNeed, _ => Approach.Buy),
        new("very-small-project",
            "The project is very small: specifying and coordinating an outside team would cost more than building it.",
            "[002]",
            facts => facts.Size == ProjectSize.VerySmall, _ => Approach.InHouse),
        new("core-differentiator",
            "AI is the core product or the competitive differentiation: keep its development in house, co-developing with a partner while the team that will own it is assembled.",
            "[000][001][002]",
            facts => facts.Role == StrategicRole.CoreDifferentiator, KeepControl),
        new("restricted-data",
            "The data is highly sensitive or regulation restricts external access: keep development where the data may go, with any partner working inside your controls.",
            "[001][002]",
            facts => facts.DataIsRestricted, KeepControl),
        new("tight-iteration",
            "The model needs tight iteration with your product teams, which an external team slows with communication overhead.",
            "[001]",
            facts => facts.NeedsTightIteration, KeepControl),
        new("exploratory-requirements",
            "The requirements are highly exploratory, and rapid pivots cost less inside than across a contract.",
            "[002]",
            facts => facts.RequirementsAreExploratory, KeepControl),
        new("team-building-expertise",
            "Your ML team is building long-term internal expertise, and outsourcing the work would take that learning away.",
            "[002]",
            facts => facts.HasMlTalent && facts.BuildsCapability, KeepControl),
        new("talent-without-capacity",
            "You have ML talent but not the capacity: add engineers to your team (staff augmentation) rather than outsource the project.",
            "[001]",
            facts => facts.HasMlTalent && !facts.HasMlCapacity, _ => Approach.Hybrid),
        new("temporary-skill-gap",
            "Specialised skills the initiative needs are missing and not needed permanently: bring them in for the work instead of hiring, alongside your team if you have one.",
            "[001][002]",
            facts => facts.HasTemporarySkillGap, facts => facts.HasMlTalent ? Approach.Hybrid : Approach.Outsource),
        new("team-can-deliver",
            "Your ML team has the talent and the capacity, so outsourcing would not accelerate execution.",
            "[001]",
            facts => facts.TeamCanBuildAlone, _ => Approach.InHouse),
        new("no-ml-talent",
            "There are no ML engineers in house: an external team fills the gap faster than hiring one, which takes 4–6 months.",
            "[000][001]",
            facts => !facts.HasMlTalent, _ => Approach.Outsource),
        new("supporting-capability",
            "AI is a supporting capability, not the core product: outsourcing moves faster without restructuring your technical organization.",
            "[001][002]",
            facts => facts.Role != StrategicRole.CoreDifferentiator, _ => Approach.Outsource),
        new("fixed-deadline",
            "A fixed deadline leaves no room for a 4–6-month hiring cycle.",
            "[001]",
            facts => facts.HasFixedDeadline && !facts.TeamCanBuildAlone, _ => Approach.Outsource),
        new("current-budget-cycle",
            "Results are needed in the current budget cycle, sooner than a team can be assembled.",
            "[000]",
            facts => facts.NeedsResultsThisBudgetCycle && !facts.TeamCanBuildAlone, _ => Approach.Outsource),
        new("engineering-around-the-model",
            "The system needs substantial standard engineering around the model (APIs, observability, access control, legacy integration), which a partner brings.",
            "[000]",
            facts => facts.NeedsEngineeringAroundModel && !facts.TeamCanBuildAlone, _ => Approach.Outsource),
    ];

    public static Recommendation Recommend(InitiativeFacts facts)
    {
        // In precedence order; the last rules cover every team, so some rule always recommends a way to deliver.
        var verdicts = Precedence.Select(rule => rule.Evaluate(facts)).OfType<(Approach Approach, Reason Reason)>().ToList();
        var approach = verdicts[0].Approach;
        var delivery = verdicts.First(verdict => !IsGroundwork(verdict.Approach)).Approach;
        bool Agrees((Approach Approach, Reason Reason) verdict) => verdict.Approach == delivery || IsGroundwork(verdict.Approach);

        var reasons = verdicts.Where(Agrees).Select(verdict => verdict.Reason).ToList();
        var model = EngagementModelRules.Choose(facts, delivery);
        if (model is { } chosen)
        {
            reasons.Add(chosen.Reason);
        }
        return new Recommendation(
            approach,
            IsGroundwork(approach) ? delivery : null,
            model?.Model,
            reasons,
            [.. verdicts.Where(verdict => !Agrees(verdict)).Select(verdict => verdict.Reason)]);
    }

    /// <summary>The team keeps it if it can build alone; otherwise a partner co-develops with it.</summary>
    private static Approach KeepControl(InitiativeFacts facts) => facts.TeamCanBuildAlone ? Approach.InHouse : Approach.Hybrid;

    private static bool IsGroundwork(Approach approach) => approach is Approach.DiscoveryFirst or Approach.DataReadinessFirst;
}
