using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Events;

namespace OutsourcingPortal.BuildingBlocks.Events;

/// <summary>What a service does with the events of one stream it consumes; it routes on <see cref="EventEnvelope.Type"/>.</summary>
public interface IEventHandler
{
    /// <summary>
    /// Handles one event in <paramref name="work"/>: a unit of work of the event's tenant and actor that also records
    /// the event as processed, so the handler's changes and that record commit together. It is called once per event
    /// however often the stream delivers it; throwing rolls everything back, and the event is delivered again later.
    /// </summary>
    Task HandleAsync(EventEnvelope envelope, UnitOfWork work, CancellationToken cancellationToken);
}
