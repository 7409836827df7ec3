using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.Contracts.Assessment;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Assessment.Api.Initiatives;

/// <summary>Each demo organization's first initiatives, written by its evaluator, so the portal opens on real work.</summary>
public static class DemoInitiatives
{
    private static readonly DateTimeOffset Created = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    public static readonly DemoSeed[] Seeds =
    [
        For(DemoDirectory.Northwind,
            new("0193a000-0000-7000-8001-000000000001", "Invoice triage", "Route incoming supplier invoices to the right cost centre and approver"),
            new("0193a000-0000-7000-8001-000000000002", "Demand forecasting", "Forecast weekly demand per store to cut stock-outs and waste")),
        For(DemoDirectory.Contoso,
            new("0193a000-0000-7000-8001-000000000101", "Support assistant", "Draft answers to customer support tickets from the knowledge base"),
            new("0193a000-0000-7000-8001-000000000102", "Contract review", "Flag unusual clauses in supplier contracts before legal review")),
    ];

    private static DemoSeed For(Guid tenantId, params (string Id, string Name, string UseCase)[] initiatives) =>
        new(DemoActors.EvaluatorOf(tenantId), async (work, cancellationToken) =>
        {
            var added = 0;
            foreach (var (id, name, useCase) in initiatives)
            {
                var initiative = new InitiativeResponse(Guid.Parse(id), name, useCase, Created, Created);
                added += await InitiativeRecords.InsertAsync(work, initiative, cancellationToken) ? 1 : 0;
            }
            return added;
        });
}
