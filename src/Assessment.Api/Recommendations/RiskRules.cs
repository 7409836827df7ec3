namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>The failure modes of domain.md §1 and the answers that expose an initiative to each; every one that applies is flagged.</summary>
internal static class RiskRules
{
    public static IReadOnlyList<RiskRule> All { get; } =
    [
        new(FailureMode.VagueProblem,
            "A vague problem definition leads to wasted spend.",
            "[000]",
            "Narrow it to one operational problem with a target workflow, a baseline and a measurable business outcome; expect a good vendor to restate it and push back.",
            (facts, _, _) => facts.UseCaseIsNotClear),
        new(FailureMode.PoorDataReadiness,
            "Poor data readiness is a problem the vendor cannot fix.",
            "[000][001]",
            "Assess data readiness before development, and begin with data work where the data is incomplete, poorly labelled or unrepresentative.",
            (facts, _, _) => facts.DataIsNotFullyReady),
        new(FailureMode.WeakSecurityControls,
            "Prompts, logs and outputs can expose proprietary information when security controls are missing.",
            "[000]",
            "Design access management, environment separation, logging rules and vendor controls in from the start; a framework such as NIST's helps.",
            (facts, _, _) => facts.HandlesSensitiveContent && !facts.HasAiGovernancePolicy),
        new(FailureMode.VendorLockIn,
            "Opaque pipelines, undocumented decisions and inaccessible environments lock you in to the vendor.",
            "[000]",
            "Contract for ownership of the code, models, prompts and documentation, and for access to every environment, not just the deliverables.",
            (facts, recommendation, _) => recommendation.Delivery is Approach.Outsource or Approach.Hybrid or Approach.Buy && !facts.OwnershipSecured),
        new(FailureMode.UnrealisticRoi,
            "Leadership expects measurable returns before the plan can have a system in production.",
            "[000][001]",
            "Set expectations by the phase plan, and measure value in business terms (cycle time, error reduction, hours saved) from the first production-ready model.",
            (facts, _, plan) => facts.ExpectedRoiWeeks < plan.WeeksUntilOperational),
        new(FailureMode.PocTreatedAsProduction,
            "A proof of concept deployed as production is unreliable and erodes users' trust.",
            "[001]",
            "Set aside separate time and budget to harden the system for production: error handling, scalability and monitoring.",
            (facts, _, _) => !facts.HardeningIsBudgeted),
        new(FailureMode.ScopeCreep,
            "\"Just one more feature\" requests add up to delays and disputes.",
            "[001][002]",
            "Fix the core requirements, name the areas where discovery is expected, and have the named decision authority weigh each change by business value against cost.",
            (facts, _, _) => !facts.HasDecisionAuthority || !facts.ScopeIsStable),
        new(FailureMode.MlopsLeftToTheEnd,
            "MLOps treated as an afterthought leaves an expensive gap between the model and production.",
            "[001]",
            "Build deployment, monitoring, versioning and retraining into the initial architecture.",
            (facts, recommendation, _) => recommendation.Delivery != Approach.Buy && !facts.MlopsPlannedFromStart),
        new(FailureMode.NoExitStrategy,
            "Nobody inside could run the system if the relationship with the vendor ends.",
            "[001]",
            "Own the source code and models, keep the documentation complete, and keep at least one internal engineer able to operate the system.",
            (facts, recommendation, _) => recommendation.PartnerBuilds && !facts.HasMlTalent && !facts.BuildsCapability),
        new(FailureMode.TransferTrap,
            "A model that works in the vendor's notebook cannot be reproduced, understood or fixed by your team.",
            "[001][002]",
            "Transfer knowledge from day one: the vendor works in your repositories and CI, documents its decisions and pairs with your engineers before a supervised handover.",
            (facts, recommendation, _) => recommendation.PartnerBuilds && !facts.KnowledgeTransferPlanned),
        new(FailureMode.LateDataAccessApproval,
            "Data access, security approvals and governance on the client side are the most common bottleneck of outsourced AI work.",
            "[001]",
            "Agree data permissions, compliance requirements and access protocols before the engagement begins.",
            (facts, recommendation, _) => recommendation.PartnerBuilds && !facts.DataAccessApproved),
    ];

    public static IReadOnlyList<RiskFlag> Flag(InitiativeFacts facts, Recommendation recommendation, PhasePlan plan) =>
    [
        .. from rule in All
           let reason = facts.CiteIf(rule, ruleFacts => rule.Applies(ruleFacts, recommendation, plan))
           where reason is not null
           select new RiskFlag(rule.FailureMode, rule.Statement, rule.Source, rule.Mitigation, reason.Answers),
    ];
}
