using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefArea;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// The first brief questionnaire: the evaluation table of [000], then technical due diligence, process, security and
/// contract questions of [001], and pricing and the pilot of [000][001][002]. Every question is required except the
/// vendor's own questions to the client, which a vendor may not need to ask.
/// </summary>
internal static class BriefQuestionnaireVersion1
{
    public static BriefQuestionnaire Create() => new(1,
    [
        Required(ProblemRestatement, ProblemDefinition,
            "Restate the business problem of this brief in your own words. What in the brief is vague, and what would you push back on?"),
        // Good vendors ask about the data before proposing a model [002]; asking is optional, not asking is telling.
        new(QuestionsForClient, ProblemDefinition,
            "What do you need to know about our data, workflow and constraints before committing to an approach?", Required: false),

        Required(ShippedProject, DeliveryExperience,
            "Describe an AI project you shipped to production: what went wrong, and how did you fix it?"),

        Required(PromptAndEnvironmentSecurity, DataSecurity,
            "How do you handle prompt logging, separation of environments, and third-party tools' access to our data?"),

        Required(QualityAfterDeployment, EvaluationAndTesting,
            "How do you measure model quality after deployment? What does your MLOps or LLMOps setup for evaluation look like?"),

        Required(BriefQuestionIds.EngineeringBreadth, BriefArea.EngineeringBreadth,
            "Can your team handle API design, frontend integration and connecting to our legacy systems? Give examples."),

        Required(OwnershipAtEnd, Ownership,
            "Who owns the prompts, pipelines and documentation when the engagement ends, and how are they handed over?"),

        Required(SmallestMeasurableEngagement, PilotStructure,
            "What is the smallest engagement that produces a measurable result for this brief?"),

        Required(MlopsArchitecture, TechnicalDueDiligence,
            "Describe your MLOps architecture: how you track experiments, version models and validate data. Link diagrams or documentation."),
        Required(ImperfectData, TechnicalDueDiligence,
            "How do you deal with incomplete, inconsistent or drifting data?"),
        Required(ProductionHistory, TechnicalDueDiligence,
            "How many models have you deployed that are still running in production, and how do you monitor and maintain their performance?"),
        Required(DataEngineeringDepth, TechnicalDueDiligence,
            "How does your work split between data engineering (pipelines for real-world data) and modelling? Who does each?"),

        Required(TeamMembers, ProcessAndTeam,
            "Who exactly will work on this project? Name each person with their role and seniority."),
        Required(TimeCommitment, ProcessAndTeam,
            "How much of each person's time is committed to this project, and for how long?"),
        Required(TeamRetention, ProcessAndTeam,
            "How do you keep the team stable? What was your team retention last year, and what happens when someone leaves?"),
        Required(ProgressReports, ProcessAndTeam,
            "What do your progress reports contain? Link a sample from a previous project."),

        Required(SecurityPractices, Security,
            "Describe encryption in transit and at rest, access control and audit logs, and where our data would be stored."),
        Required(Compliance, Security,
            "How do you comply with the regulations that apply to this brief, and which certifications support it?"),

        Required(IpOwnership, IntellectualProperty,
            "Who will own the trained models, derived datasets, custom code and pipelines, and testing and evaluation scripts?"),
        Required(PreExistingIp, IntellectualProperty,
            "Which of your pre-existing frameworks, components or pretrained assets would you use, and which would be vendor-owned, client-owned, or shared or licensed?"),
        Required(DataRetention, IntellectualProperty,
            "What is your data retention and deletion policy for our data, during and after the engagement?"),

        Required(PricingModel, Pricing,
            "How would you price this work (time and materials, milestones, dedicated team or fixed price), and at what rates?"),
        Required(PricingUncertainty, Pricing,
            "How does your pricing handle uncertainty and changes of scope when real data and requirements turn out differently?"),

        Required(BriefQuestionIds.PilotProposal, BriefArea.PilotProposal,
            "Propose a pilot: scope, duration, team and cost; the success metric and how it will be measured on our data; and the go/no-go decision at its end."),
    ]);

    private static BriefQuestion Required(string id, BriefArea area, string prompt) => new(id, area, prompt, Required: true);
}
