using OutsourcingPortal.BuildingBlocks.DemoData;
using OutsourcingPortal.Contracts.Engagements;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Engagements.Api.Engagements;

/// <summary>
/// One engagement per demo organization: Northwind works with NeuralWorks, Contoso with DataForge, and QuickAI with
/// no one yet, so each vendor's people see a different picture.
/// </summary>
public static class DemoEngagements
{
    private static readonly DateTimeOffset Created = new(2026, 11, 9, 9, 0, 0, TimeSpan.Zero);

    public static readonly DemoSeed[] Seeds =
    [
        For(DemoDirectory.Northwind, "0193a000-0000-7000-8002-000000000001", "Demand forecasting pilot", DemoDirectory.NeuralWorks, "NeuralWorks"),
        For(DemoDirectory.Contoso, "0193a000-0000-7000-8002-000000000101", "Support assistant build", DemoDirectory.DataForge, "DataForge"),
    ];

    private static DemoSeed For(Guid tenantId, string id, string name, Guid vendorId, string vendorName) =>
        new(DemoActors.EvaluatorOf(tenantId), async (work, cancellationToken) =>
        {
            var engagement = new EngagementResponse(Guid.Parse(id), name, vendorId, vendorName, EngagementPhase.DiscoveryPoc, Created, Created);
            return await EngagementRecords.InsertAsync(work, engagement, cancellationToken) ? 1 : 0;
        });
}
