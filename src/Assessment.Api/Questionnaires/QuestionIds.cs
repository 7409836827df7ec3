namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>The stable ids of the questions the recommendation engine reads.</summary>
public static class QuestionIds
{
    public const string UseCaseProblem = "usecase.problem";
    public const string UseCaseWorkflow = "usecase.workflow";
    public const string UseCaseBaseline = "usecase.baseline";
    public const string UseCaseMetric = "usecase.metric";
    public const string UseCaseDescription = "usecase.description";

    public const string DataAccessibility = "data.accessibility";
    public const string DataQuality = "data.quality";
    public const string DataLabelling = "data.labelling";
    public const string DataAccessApproved = "data.access-approved";

    public const string StakeholderAgreement = "stakeholders.agreement";
    public const string AccountableOwner = "stakeholders.accountable-owner";
    public const string DecisionAuthority = "stakeholders.decision-authority";

    public const string LeadershipSponsorship = "leadership.sponsorship";
    public const string LeadershipGovernance = "leadership.governance";
    public const string AiGovernancePolicy = "leadership.ai-policy";

    public const string Role = "strategy.role";
    public const string OffTheShelf = "strategy.off-the-shelf";

    public const string Sensitivity = "sensitivity.level";
    public const string ExternalAccessRestricted = "sensitivity.external-access-restricted";
    public const string Regulations = "sensitivity.regulations";

    public const string MlTalent = "team.ml-talent";
    public const string MlCapacity = "team.capacity";
    public const string BuildCapability = "team.build-capability";
    public const string SkillsNeeded = "skills.needed";
    public const string SkillsCovered = "skills.covered";
    public const string SkillsPermanent = "skills.permanent";

    public const string TightIteration = "delivery.tight-iteration";
    public const string RequirementUncertainty = "delivery.requirement-uncertainty";
    public const string ScopeStability = "delivery.scope-stability";
    public const string OngoingWork = "delivery.ongoing";
    public const string FixedDeadline = "delivery.fixed-deadline";
    public const string CurrentBudgetCycle = "delivery.current-budget-cycle";
    public const string Size = "delivery.project-size";
    public const string EngineeringAroundModel = "delivery.engineering-around-model";
    public const string HardeningBudgeted = "delivery.hardening-budgeted";
    public const string MlopsFromStart = "delivery.mlops-from-start";
    public const string ExpectedRoiMonths = "delivery.expected-roi-months";

    public const string PartnerRunsIt = "operations.partner-runs-it";
    public const string OwnershipSecured = "exit.ownership-secured";
    public const string KnowledgeTransferPlanned = "exit.knowledge-transfer-planned";
}
