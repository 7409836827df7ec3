using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Events;

namespace OutsourcingPortal.BuildingBlocks.Tenancy;

/// <summary>The service's database as the current request's actor sees it: the only way endpoints reach data.</summary>
public sealed class TenantDatabase(NpgsqlDataSource dataSource, RequestActor actor, TimeProvider clock, EventRelaySignal relaySignal)
{
    public Task<UnitOfWork> BeginAsync(CancellationToken cancellationToken) =>
        UnitOfWork.BeginAsync(dataSource, actor, clock, relaySignal, cancellationToken);
}
