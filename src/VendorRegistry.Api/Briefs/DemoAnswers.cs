using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// The demo vendors' answers to brief questionnaire version 1: a careful vendor's, and a risky one that promises an
/// accuracy before seeing the data and names its team only after signing, so the red flags have something to find.
/// </summary>
internal static class DemoAnswers
{
    public static Dictionary<string, string> Careful(string vendor, string subject, string team) => new()
    {
        [ProblemRestatement] = $"You spend hours a week routing {subject} by hand, and misrouted items delay payment. What is vague is the target: we would agree a baseline of today's misroutes before promising any improvement.",
        [QuestionsForClient] = $"How many {subject} a month, in which languages, and how many of last year's were routed correctly? Who labels a disputed case today?",
        [ShippedProject] = "A claims classifier for an insurer: recall dropped after a form change in month two; we added schema checks on the inputs and a weekly drift report, and retrained on the new form within a week.",
        [PromptAndEnvironmentSecurity] = "Separate development, test and production accounts in your cloud; prompts and outputs are logged only in production, in your tenancy, for 30 days; no third-party tool sees your data without your written approval.",
        [QualityAfterDeployment] = "A labelled sample of 200 items a month, scored against the agreed metric, with an alert when it falls below the baseline; dashboards in your monitoring stack.",
        [BriefQuestionIds.EngineeringBreadth] = "Yes: REST APIs, a small review screen for your agents, and a connector to your ERP's export. References from two similar integrations on request.",
        [OwnershipAtEnd] = "Everything we write for you is yours from the day it is written; the handover includes runbooks, a recorded walkthrough and two weeks of shadowing.",
        [SmallestMeasurableEngagement] = "Six weeks on one month of historical data: a classifier and a routing report, measured against your manual routing on the same month.",
        [MlopsArchitecture] = "MLflow for experiments and the model registry, DVC for data versions, Great Expectations checks at every pipeline step; diagrams in the attached architecture note.",
        [ImperfectData] = "We profile the data first, quarantine records that fail validation, and report drift weekly; a human reviews what the model is unsure about.",
        [ProductionHistory] = $"{vendor} runs models in production for several clients, monitored with drift alerts and retrained monthly.",
        [DataEngineeringDepth] = "About half the work is data engineering; two data engineers build the pipelines, one ML engineer models.",
        [TeamMembers] = team,
        [TimeCommitment] = "The delivery lead half time, the two engineers full time, for the six weeks of the pilot.",
        [TeamRetention] = "88% retention last year; a leaver hands over for four weeks, and you approve the replacement.",
        [ProgressReports] = "A weekly one-page report: progress against the plan, metric on the holdout set, risks, decisions needed. A redacted sample is attached.",
        [SecurityPractices] = "TLS 1.2+ in transit, AES-256 at rest with your keys, role-based access with audit logs; data stays in your EU region.",
        [Compliance] = "GDPR: a data processing agreement, EU-only processing, ISO 27001 certification valid until 2027.",
        [IpOwnership] = "You own the trained models, derived datasets, code, pipelines and evaluation scripts.",
        [PreExistingIp] = "We use open-source libraries only (MLflow, scikit-learn, Hugging Face transformers) under their own licences; nothing vendor-owned remains in the deliverables.",
        [DataRetention] = "We delete your data and its copies within 30 days of the engagement's end and confirm the deletion in writing.",
        [PricingModel] = "Time and materials with a capped budget for the pilot: 42,000 EUR at the rates of our rate card.",
        [PricingUncertainty] = "Scope changes go through a change request with an estimate; the go/no-go after the pilot resets the plan and the price.",
        [BriefQuestionIds.PilotProposal] = "Six weeks, three people, 42,000 EUR: route last month's items and compare with your manual routing; go if misroutes fall by a third.",
    };

    public static Dictionary<string, string> Risky(string vendor, string subject)
    {
        var answers = Careful(vendor, subject, team: "");
        answers[SmallestMeasurableEngagement] = "A full build in twelve weeks. We guarantee 95% accuracy from the first release.";
        answers[TeamMembers] = "Our best engineers; the team is assigned after signing the contract.";
        answers[TimeCommitment] = "Full time for the duration of the project.";
        answers[TeamRetention] = "People move between projects as the business needs them.";
        answers[ProductionHistory] = $"{vendor} has delivered chatbot and summarisation prototypes for twelve clients.";
        answers[PricingModel] = "A fixed price of 160,000 EUR for the entire project.";
        answers[BriefQuestionIds.PilotProposal] = "No pilot needed: we start the full build at once and we guarantee 95% accuracy at go-live.";
        return answers;
    }
}
