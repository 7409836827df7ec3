using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Scoring;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// The demo organizations' briefs. QuickAI is invited by both, so one vendor's people see two clients' briefs side by
/// side; NeuralWorks and DataForge each see only the briefs of the client that invited them. Northwind also has a
/// draft its vendors cannot see yet. Contoso's open brief is due 5 days after the demo is first started, within the
/// reminders' week, so Contoso's people and its two invitees find it among their reminders until then; Northwind's has
/// three weeks to go. Seeding runs once (fixed ids): on a demo kept longer, the deadlines pass.
/// </summary>
public static class DemoBriefs
{
    private static readonly DateTimeOffset Created = new(2026, 11, 16, 9, 0, 0, TimeSpan.Zero);

    // Seeded after the vendor profiles: an invitation needs its vendor registered.
    public static readonly DemoSeed[] Seeds =
    [
        For(DemoDirectory.Northwind, "0193a000-0000-7000-8003-000000000001", "Invoice triage build",
            "Classify incoming supplier invoices and route them to the right cost centre and approver.",
            "Route supplier invoices to the right approver without manual triage.", ["gdpr"], "project-based", BriefStatus.Open, 21,
            [(DemoDirectory.NeuralWorks, "NeuralWorks"), (DemoDirectory.QuickAi, "QuickAI")]),
        For(DemoDirectory.Northwind, "0193a000-0000-7000-8003-000000000002", "Contract clause extraction",
            "Extract renewal, liability and termination clauses from supplier contracts for the legal team's review.",
            "Flag risky clauses in supplier contracts before renewal.", ["gdpr"], "dedicated-team", BriefStatus.Draft, 21,
            [(DemoDirectory.NeuralWorks, "NeuralWorks")]),
        For(DemoDirectory.Contoso, "0193a000-0000-7000-8003-000000000101", "Support assistant pilot",
            "A retrieval-augmented assistant that drafts answers to customer support tickets for agents to review.",
            "Draft answers to support tickets for agents to review.", ["hipaa"], "project-based", BriefStatus.Open, 5,
            [(DemoDirectory.DataForge, "DataForge"), (DemoDirectory.QuickAi, "QuickAI")]),
        // A brief being evaluated and an awarded one, so the demo has a brief in each state.
        .. DemoEvaluations.Seeds,
    ];

    private static DemoSeed For(Guid tenantId, string id, string title, string summary, string useCase, string[] regulations,
        string engagementModel, BriefStatus status, int deadlineDays, (Guid Id, string Name)[] invitees) =>
        new(DemoActors.EvaluatorOf(tenantId), async (work, cancellationToken) =>
        {
            var briefId = Guid.Parse(id);
            var issuedAt = status is BriefStatus.Draft ? (DateTimeOffset?)null : Created;
            // A deadline still ahead whenever the demo is first started. The brief's fixed id makes seeding run once.
            var brief = new BriefResponse(briefId, title, summary, status, work.Now.AddDays(deadlineDays), InvitedVendors: 0, InitiativeId: null,
                useCase, Constraints: "", regulations, engagementModel, BriefQuestionnaire.Current.Version,
                new VersionedTemplate(0, ScoringTemplate.Default.Criteria).ToBriefCriteria(), Warnings: [], issuedAt, Award: null, Created, Created);
            if (!await BriefRecords.InsertAsync(work, brief, cancellationToken))
            {
                return 0;
            }
            foreach (var vendor in invitees)
            {
                var invitation = new BriefInvitationResponse(Guid.CreateVersion7(Created), briefId, vendor.Id, vendor.Name, Created);
                await BriefRecords.InsertInvitationAsync(work, invitation, issuedAt, cancellationToken);
            }
            return 1 + invitees.Length;
        });
}
