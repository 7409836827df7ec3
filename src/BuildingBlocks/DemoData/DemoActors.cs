using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.BuildingBlocks.DemoData;

/// <summary>Who the demo rows are written by: the demo organizations' own people, as the portal seeds them.</summary>
public static class DemoActors
{
    public static RequestActor HostOperator => new(null, "Demo data", null, null, IsHostOperator: true);

    public static RequestActor EvaluatorOf(Guid tenantId) =>
        new(null, DemoDirectory.Accounts.First(account => account.OrganizationId == tenantId && account.Role == PortalRoles.Evaluator).DisplayName,
            tenantId, null, IsHostOperator: false);
}
