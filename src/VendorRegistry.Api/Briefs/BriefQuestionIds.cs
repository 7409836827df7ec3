namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>The stable, kebab-case ids of the brief questions; red-flag detection reads some of them by id.</summary>
public static class BriefQuestionIds
{
    public const string ProblemRestatement = "problem-restatement";
    public const string QuestionsForClient = "questions-for-client";
    public const string ShippedProject = "shipped-project";
    public const string PromptAndEnvironmentSecurity = "prompt-and-environment-security";
    public const string QualityAfterDeployment = "quality-after-deployment";
    public const string EngineeringBreadth = "engineering-breadth";
    public const string OwnershipAtEnd = "ownership-at-end";
    public const string SmallestMeasurableEngagement = "smallest-measurable-engagement";

    public const string MlopsArchitecture = "mlops-architecture";
    public const string ImperfectData = "imperfect-data";
    public const string ProductionHistory = "production-history";
    public const string DataEngineeringDepth = "data-engineering-depth";

    public const string TeamMembers = "team-members";
    public const string TimeCommitment = "time-commitment";
    public const string TeamRetention = "team-retention";
    public const string ProgressReports = "progress-reports";

    public const string SecurityPractices = "security-practices";
    public const string Compliance = "compliance";

    public const string IpOwnership = "ip-ownership";
    public const string PreExistingIp = "pre-existing-ip";
    public const string DataRetention = "data-retention";

    public const string PricingModel = "pricing-model";
    public const string PricingUncertainty = "pricing-uncertainty";

    public const string PilotProposal = "pilot-proposal";
}
