using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Assessment.Api.Initiatives;

/// <summary>Each demo organization's first initiatives, written by its evaluator, so the portal opens on real work.</summary>
public static class DemoInitiatives
{
    private static readonly DateTimeOffset Created = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly DemoSeed[] Seeds =
    [
        For(DemoDirectory.Northwind,
            ("0193a000-0000-7000-8001-000000000001", new InitiativeRequest(
                "Invoice triage", "Route incoming supplier invoices to the right cost centre and approver",
                Owner: "Finance operations",
                BusinessOutcome: "Invoices approved within the payment terms, without manual sorting",
                TargetWorkflow: "Accounts payable intake: sorting, coding and routing of supplier invoices",
                Baseline: "3 clerks sort about 4,000 invoices a month; 12% are routed to the wrong approver",
                SuccessMetric: "Misrouted invoices below 3% and sorting time halved within two quarters",
                Budget: 90_000m, Deadline: new DateOnly(2027, 6, 30))),
            ("0193a000-0000-7000-8001-000000000002", new InitiativeRequest(
                "Demand forecasting", "Forecast weekly demand per store to cut stock-outs and waste",
                Owner: "Supply chain planning",
                BusinessOutcome: "Fewer stock-outs and less spoiled fresh produce",
                TargetWorkflow: "Weekly replenishment orders per store",
                Baseline: "Spreadsheet forecasts; 7% stock-outs on fresh lines",
                SuccessMetric: "Stock-outs on fresh lines below 4% with waste no higher",
                Budget: 250_000m, Deadline: new DateOnly(2027, 9, 30)))),
        For(DemoDirectory.Contoso,
            ("0193a000-0000-7000-8001-000000000101", new InitiativeRequest(
                "Support assistant", "Draft answers to customer support tickets from the knowledge base",
                Owner: "Customer support",
                BusinessOutcome: "Faster first answers without lowering customer satisfaction",
                TargetWorkflow: "First reply to email tickets in the support desk",
                Baseline: "Median first reply 9 hours; CSAT 4.1",
                SuccessMetric: "Median first reply under 2 hours with CSAT at least 4.1",
                Budget: 120_000m, Deadline: new DateOnly(2027, 3, 31))),
            ("0193a000-0000-7000-8001-000000000102", new InitiativeRequest(
                "Contract review", "Flag unusual clauses in supplier contracts before legal review",
                Owner: "Legal"))),
    ];

    private static DemoSeed For(Guid tenantId, params (string Id, InitiativeRequest Request)[] initiatives) =>
        new(DemoActors.EvaluatorOf(tenantId), async (work, cancellationToken) =>
        {
            var added = 0;
            foreach (var (id, request) in initiatives)
            {
                var initiative = request.ToNewInitiative(Guid.Parse(id), Created);
                added += await InitiativeRecords.InsertAsync(work, initiative, cancellationToken) ? 1 : 0;
            }
            return added;
        });
}
