using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Events;
using OutsourcingPortal.Contracts.Events;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>
/// Handles a <see cref="ProbeRecorded"/> by writing an audit row in the consumer's unit of work (the change whose
/// count shows how often it was handled), then lets the test act before the commit.
/// </summary>
public sealed class ProbeHandler(ProbeHandlings handlings) : IEventHandler
{
    public async Task HandleAsync(EventEnvelope envelope, UnitOfWork work, CancellationToken cancellationToken)
    {
        await work.AuditAsync("probe-handled", "probe", envelope.Id, null, envelope.DataAs<ProbeRecorded>(), cancellationToken);
        handlings.Record(envelope.Id);
        await handlings.AfterHandling(envelope);
    }
}
