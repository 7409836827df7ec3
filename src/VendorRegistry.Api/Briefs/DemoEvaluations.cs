using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Certifications;
using OutsourcingPortal.VendorRegistry.Api.Scoring;
using OutsourcingPortal.VendorRegistry.Api.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// Briefs past their deadline: Northwind's "Supplier email triage" being evaluated (NeuralWorks' careful response and
/// Atlas Analytics' risky one, scored by two panel evaluators) and Contoso's "Warranty claim summaries" awarded to
/// Meridian Data Labs. Atlas and Meridian are registry vendors without sign-ins, so the demo vendors' invitations stay
/// as they were. Each step is its own unit of work, as its writer: the vendors submit, the client scores and awards.
/// </summary>
internal static class DemoEvaluations
{
    private static readonly DateTimeOffset Issued = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static readonly Guid Atlas = new("0193a000-0000-7000-8000-000000000104");
    private static readonly Guid Meridian = new("0193a000-0000-7000-8000-000000000105");

    private static readonly Guid TriageBrief = new("0193a000-0000-7000-8003-000000000003");
    private static readonly Guid ClaimsBrief = new("0193a000-0000-7000-8003-000000000102");

    private static readonly DemoResponse[] Responses =
    [
        new(new("0193a000-0000-7000-8004-000000000001"), new("0193a000-0000-7000-8005-000000000001"), TriageBrief, DemoDirectory.Northwind,
            DemoDirectory.NeuralWorks, "NeuralWorks",
            DemoAnswers.Careful("NeuralWorks", "supplier emails",
                "Marta Kowalska (delivery lead, senior), Piotr Nowak (MLOps architect, senior), Anna Zielinska (ML engineer, mid).")),
        new(new("0193a000-0000-7000-8004-000000000002"), new("0193a000-0000-7000-8005-000000000002"), TriageBrief, DemoDirectory.Northwind,
            Atlas, "Atlas Analytics", DemoAnswers.Risky("Atlas Analytics", "supplier emails")),
        new(new("0193a000-0000-7000-8004-000000000101"), new("0193a000-0000-7000-8005-000000000101"), ClaimsBrief, DemoDirectory.Contoso,
            Meridian, "Meridian Data Labs",
            DemoAnswers.Careful("Meridian Data Labs", "warranty claims", "Elena Rossi (delivery lead, senior), Tom Becker (NLP engineer, senior).")),
        new(new("0193a000-0000-7000-8004-000000000102"), new("0193a000-0000-7000-8005-000000000102"), ClaimsBrief, DemoDirectory.Contoso,
            Atlas, "Atlas Analytics", DemoAnswers.Risky("Atlas Analytics", "warranty claims")),
    ];

    private static readonly (Guid Id, VendorProfileRequest Profile)[] Bidders =
    [
        (Atlas, new VendorProfileRequest("Atlas Analytics", "https://atlas-analytics.example",
            Capabilities: [VendorCapability.LlmGenai, VendorCapability.Nlp], EngagementModels: [EngagementModel.ProjectBased],
            ModelsInProduction: 0, TrackRecord: "Chatbot and summarisation prototypes for twelve clients; proofs of concept in two weeks.")),
        (Meridian, new VendorProfileRequest("Meridian Data Labs", "https://meridian-data.example",
            Capabilities: [VendorCapability.DataEngineering, VendorCapability.Nlp, VendorCapability.Mlops],
            EngagementModels: [EngagementModel.ProjectBased, EngagementModel.DedicatedTeam], ModelsInProduction: 7,
            TrackRecord: "Seven document and text models in production for insurers and manufacturers, monitored weekly.",
            TeamMembers: [new("Elena Rossi", "Delivery lead", 5), new("Tom Becker", "NLP engineer", 3)])),
    ];

    // Northwind's evaluation panel: colleagues without sign-ins, so every demo person still scores on their own.
    private static readonly (Guid Id, string Name, int Careful, int Risky)[] Panel =
    [
        (new("0193a000-0000-7000-8006-000000000001"), "Priya Procurement", 4, 2),
        (new("0193a000-0000-7000-8006-000000000002"), "Sam Operations", 5, 3),
    ];

    public static readonly DemoSeed[] Seeds =
    [
        new(DemoActors.HostOperator, async (work, cancellationToken) =>
        {
            var added = 0;
            foreach (var (id, profile) in Bidders)
            {
                added += await VendorRecords.InsertAsync(work, profile.ToNewVendor(id, Issued), cancellationToken) ? 1 : 0;
            }
            var iso = new CertificationRequest(CertificationKind.Iso27001, null, new DateOnly(2025, 2, 1), new DateOnly(2028, 1, 31))
                .ToNewCertification(new("0193a000-0000-7000-8008-000000000001"), Meridian, DateOnly.FromDateTime(Issued.UtcDateTime), Issued);
            return added + (await CertificationRecords.InsertAsync(work, iso, cancellationToken) ? 1 : 0);
        }),
        Brief(DemoDirectory.Northwind, TriageBrief, "Supplier email triage",
            "Sort incoming supplier emails (invoices, disputes, delivery notes) and route each to the right team.",
            "Route supplier emails to the right team without reading each one.", Responses[..2]),
        Brief(DemoDirectory.Contoso, ClaimsBrief, "Warranty claim summaries",
            "Summarise warranty claims and their attachments for the claims team's first review.",
            "Summarise warranty claims for the first review.", Responses[2..]),
        .. Responses.Select(response => new DemoSeed(new RequestActor(null, response.VendorName, null, response.VendorId, false), response.SubmitAsync)),
        new(DemoActors.EvaluatorOf(DemoDirectory.Northwind), async (work, cancellationToken) =>
        {
            var added = 0;
            foreach (var (panelist, (id, name, careful, risky)) in Panel.Index())
            {
                foreach (var (index, response) in Responses[..2].Index())
                {
                    var score = response.VendorId == Atlas ? risky : careful;
                    var scores = ScoringTemplate.Default.Criteria.ToDictionary(criterion => criterion.Id, _ => (int?)score);
                    var scorecard = new ScorecardResponse(new Guid($"0193a000-0000-7000-8007-{panelist * 10 + index + 1:D12}"), TriageBrief, response.Id, id, name, scores,
                        response.VendorId == Atlas ? "Promises accuracy before seeing our emails; no named team." : "Concrete pilot, named team.",
                        ScorecardStatus.Submitted, Issued.AddDays(16), Issued.AddDays(15), Issued.AddDays(16));
                    added += await ScorecardRecords.InsertAsync(work, scorecard, cancellationToken) ? 1 : 0;
                }
            }
            return added;
        }),
        new(DemoActors.EvaluatorOf(DemoDirectory.Contoso), async (work, cancellationToken) =>
        {
            var brief = await BriefRecords.FindAsync(work, ClaimsBrief, "award", cancellationToken);
            if (brief is null || brief.Status is BriefStatus.Awarded)
            {
                return 0;
            }
            var winner = Responses[2];
            const string rationale = "A concrete six-week pilot on our own claims, a named team, and no accuracy promised before seeing the data.";
            await BriefRecords.AwardAsync(work, ClaimsBrief, winner.Id, rationale, work.Now, cancellationToken);
            var awarded = (await BriefRecords.FindAsync(work, ClaimsBrief, "read", cancellationToken))!;
            await work.AuditAsync("award", BriefRecords.ObjectType, ClaimsBrief, before: brief, after: awarded, cancellationToken);
            await work.PublishAsync(new VendorAwarded(ClaimsBrief, awarded.Title, winner.Id, winner.VendorId, winner.VendorName, null,
                awarded.EngagementModel, rationale, WeightedTotal: null, work.Now), cancellationToken);
            return 1;
        }),
    ];

    /// <summary>An issued brief whose deadline has passed: the seed writes the rows, so no endpoint's deadline rule applies.</summary>
    private static DemoSeed Brief(Guid tenantId, Guid id, string title, string summary, string useCase, DemoResponse[] responses) =>
        new(DemoActors.EvaluatorOf(tenantId), async (work, cancellationToken) =>
        {
            var brief = new BriefResponse(id, title, summary, BriefStatus.Open, work.Now.AddDays(-2), InvitedVendors: 0, InitiativeId: null,
                useCase, Constraints: "", ["gdpr"], "project-based", BriefQuestionnaire.Current.Version,
                new VersionedTemplate(0, ScoringTemplate.Default.Criteria).ToBriefCriteria(), Warnings: [], Issued, Award: null, Issued, Issued);
            if (!await BriefRecords.InsertAsync(work, brief, cancellationToken))
            {
                return 0;
            }
            foreach (var response in responses)
            {
                await BriefRecords.InsertInvitationAsync(work,
                    new BriefInvitationResponse(response.InvitationId, id, response.VendorId, response.VendorName, Issued), Issued, cancellationToken);
            }
            return 1 + responses.Length;
        });
}
