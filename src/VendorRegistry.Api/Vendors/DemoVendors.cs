using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Contracts.Vendors;
using static OutsourcingPortal.Contracts.Vendors.VendorCapability;

namespace OutsourcingPortal.VendorRegistry.Api.Vendors;

/// <summary>
/// The three demo vendor organizations' registry profiles, registered by the host operator: NeuralWorks, an
/// established Polish build partner; DataForge, an Indian data and MLOps shop with healthcare work; QuickAI, a young
/// GenAI studio with prototypes and nothing in production (the red flags have something to find).
/// </summary>
public static class DemoVendors
{
    private static readonly DateTimeOffset Registered = new(2026, 10, 26, 9, 0, 0, TimeSpan.Zero);

    private static readonly (Guid Id, VendorProfileRequest Profile)[] Profiles =
    [
        (DemoDirectory.NeuralWorks, new VendorProfileRequest(
            "NeuralWorks", "https://neuralworks.example",
            Capabilities: [DataEngineering, ModelDevelopment, Mlops, Nlp, LlmGenai],
            Verticals: [Vertical.Finance, Vertical.Insurance, Vertical.Retail],
            Regions: [DeliveryRegion.EasternEurope, DeliveryRegion.WesternEurope],
            TimeZones: ["Europe/Warsaw", "Europe/Berlin"],
            RateCard: [Rate(Seniority.Junior, 35), Rate(Seniority.Mid, 50), Rate(Seniority.Senior, 70), Rate(Seniority.Lead, 85), Rate(Seniority.Architect, 100)],
            EngagementModels: [EngagementModel.StaffAugmentation, EngagementModel.DedicatedTeam, EngagementModel.ProjectBased],
            ModelsInProduction: 14,
            TrackRecord: "14 models still running for 9 clients, the oldest since 2021: invoice and claims classification, fraud " +
                "scoring, demand forecasts. Monitored with drift alerts and monthly retraining; two were retired at the client's request.",
            TeamMembers: [new("Marta Kowalska", "Delivery lead", 6), new("Piotr Nowak", "MLOps architect", 5), new("Anna Zielinska", "Senior ML engineer", 4)],
            RetentionPercent: 88,
            Security: new SecurityPractices(true, true, true, "EU (Frankfurt), or the client's own cloud account", Gdpr: true, Ccpa: false, Hipaa: false),
            AiAssistantUsage: "Engineers use GitHub Copilot in the client's repositories only when the client agrees; every generated " +
                "change is reviewed by a second engineer and covered by tests; no client data or prompts leave the client's tenancy.")),
        (DemoDirectory.DataForge, new VendorProfileRequest(
            "DataForge", "https://dataforge.example",
            Capabilities: [DataEngineering, DataLabeling, ComputerVision, Rpa, Mlops],
            Verticals: [Vertical.Healthcare, Vertical.Manufacturing, Vertical.Logistics],
            Regions: [DeliveryRegion.SouthAsia],
            TimeZones: ["Asia/Kolkata"],
            RateCard: [Rate(Seniority.Junior, 25), Rate(Seniority.Mid, 35), Rate(Seniority.Senior, 50), Rate(Seniority.Lead, 60)],
            EngagementModels: [EngagementModel.ManagedService, EngagementModel.DedicatedTeam, EngagementModel.StaffAugmentation],
            ModelsInProduction: 9,
            TrackRecord: "Data pipelines and labeling for 20+ clients; 9 vision and document models in production at hospitals and " +
                "plants, run by our managed-service team with weekly performance reviews.",
            TeamMembers: [new("Ravi Iyer", "Engagement manager", 7), new("Priya Sharma", "Data engineering lead", 4), new("Arjun Mehta", "Computer vision engineer", 3)],
            RetentionPercent: 81,
            Security: new SecurityPractices(true, true, true, "India (Mumbai) or the client's region on request", Gdpr: true, Ccpa: true, Hipaa: true),
            AiAssistantUsage: "Code assistants only for pipeline boilerplate, never on patient data; generated code passes the same " +
                "review and static analysis as any other change.")),
        (DemoDirectory.QuickAi, new VendorProfileRequest(
            "QuickAI", "https://quickai.example",
            Capabilities: [LlmGenai, Nlp],
            Verticals: [Vertical.Retail, Vertical.Media],
            Regions: [DeliveryRegion.LatinAmerica, DeliveryRegion.NorthAmerica],
            TimeZones: ["America/Sao_Paulo", "America/New_York"],
            RateCard: [Rate(Seniority.Junior, 45), Rate(Seniority.Senior, 90)],
            EngagementModels: [EngagementModel.ProjectBased],
            ModelsInProduction: 0,
            TrackRecord: "Chatbot and summarisation prototypes for 12 clients in the last year; fast proofs of concept in two weeks.",
            TeamMembers: [new("Lucas Souza", "Founder", 2)],
            RetentionPercent: 55,
            Security: new SecurityPractices(true, false, false, null, Gdpr: false, Ccpa: false, Hipaa: false),
            AiAssistantUsage: "We build mostly with AI coding assistants to move fast.")),
    ];

    public static readonly DemoSeed[] Seeds =
    [
        new(DemoActors.HostOperator, async (work, cancellationToken) =>
        {
            var added = 0;
            foreach (var (id, profile) in Profiles)
            {
                added += await VendorRecords.InsertAsync(work, profile.ToNewVendor(id, Registered), cancellationToken) ? 1 : 0;
            }
            return added;
        }),
    ];

    private static RateCardEntry Rate(Seniority seniority, decimal hourlyRate) => new(seniority, hourlyRate, "USD");
}
