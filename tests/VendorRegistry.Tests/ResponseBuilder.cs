using OutsourcingPortal.VendorRegistry.Api.Briefs;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;

namespace OutsourcingPortal.VendorRegistry.Tests;

/// <summary>
/// Complete, valid answers to brief questionnaire version 1 from a vendor that raises no red flag: it restates the
/// problem, asks about the data, names its team, runs models in production, prices for uncertainty, leaves the client
/// every deliverable and deletes the data after the engagement. A test changes only the answers it is about.
/// </summary>
internal sealed class ResponseBuilder
{
    private readonly Dictionary<string, string?> _answers = new(StringComparer.Ordinal)
    {
        [ProblemRestatement] = "You want supplier invoices routed to the right cost centre without manual triage. " +
            "The brief does not say how many invoices arrive a month or how the current routing is measured, so we would start there.",
        [QuestionsForClient] = "How many invoices do you receive a month, and how many are labelled with the correct cost centre? " +
            "Which sources and formats do they come in?",
        [ShippedProject] = "We shipped a claims classifier for an insurer in 2024. Its accuracy dropped when a new form was introduced; " +
            "drift monitoring caught it within a day and we retrained on the new form with the claims team's labels.",
        [PromptAndEnvironmentSecurity] = "Prompts and outputs are logged without personal data, in your tenancy. " +
            "Development, test and production run in separate accounts, and third-party tools get no access to production data.",
        [QualityAfterDeployment] = "We sample predictions weekly for human review and track precision and recall per cost centre on dashboards, with alerts on drift.",
        [EngineeringBreadth] = "Yes: we design the REST API, build the reviewer screen in your front end, and connect to the ERP through its SOAP interface.",
        [OwnershipAtEnd] = "You own the prompts, pipelines and documentation from day one; they live in your repositories.",
        [SmallestMeasurableEngagement] = "A six-week pilot on one business unit's invoices, measuring the share routed correctly against today's manual baseline.",
        [MlopsArchitecture] = "Experiments are tracked in MLflow, models are versioned in its registry, and every training run validates the data with Great Expectations.",
        [ImperfectData] = "We profile the data first, quarantine incomplete records, and monitor feature drift with alerts so retraining starts before quality drops.",
        [ProductionHistory] = "Fourteen of our models run in production today; we monitor each with drift and quality dashboards and retrain monthly.",
        [DataEngineeringDepth] = "Two of the four people are data engineers who build the ingestion and validation pipelines; two are ML engineers.",
        [TeamMembers] = "Anna Kowalska (lead ML engineer), Tom Berg (data engineer), Priya Nair (ML engineer) and Luis Ortega (data engineer).",
        [TimeCommitment] = "Anna and Tom full time for the whole pilot; Priya and Luis four days a week.",
        [TeamRetention] = "Our engineers stay on an engagement until it ends; retention last year was 92%, and a leaver hands over for four weeks.",
        [ProgressReports] = "Weekly reports show model performance, data quality metrics and experiment results, not only completed tasks; a sample is linked.",
        [SecurityPractices] = "TLS 1.3 in transit, AES-256 at rest, single sign-on with audit logs, and your data stays in the EU region you choose.",
        [Compliance] = "We are ISO 27001 certified and sign your data processing agreement.",
        [IpOwnership] = "You own the trained models, derived datasets, custom code and pipelines, and the testing and evaluation scripts.",
        [PreExistingIp] = "We use only open-source libraries under permissive licences, listed in an annex; nothing of ours is embedded.",
        [DataRetention] = "We delete all of your data within 30 days of the end of the engagement and send a certificate of deletion.",
        [PricingModel] = "Time and materials for the pilot at the rates of our rate card, then milestones once the scope is known.",
        [PricingUncertainty] = "Discovery items are estimated as ranges; a change board prices each change request before it is accepted.",
        [PilotProposal] = "Six weeks, the four people above, about 60 000 USD; success is the share of invoices routed correctly, measured on a held-out month of your data, " +
            "with a go/no-go decision at the end.",
    };

    public ResponseBuilder With(string questionId, string? answer)
    {
        _answers[questionId] = answer;
        return this;
    }

    public ResponseBuilder Without(string questionId)
    {
        _answers.Remove(questionId);
        return this;
    }

    public BriefAnswerSheet Build(int questionnaireVersion = 1) => new(questionnaireVersion, new Dictionary<string, string?>(_answers));
}
