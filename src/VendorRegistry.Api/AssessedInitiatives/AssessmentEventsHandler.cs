using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Events;
using OutsourcingPortal.Contracts.Assessment;
using OutsourcingPortal.Contracts.Events;

namespace OutsourcingPortal.VendorRegistry.Api.AssessedInitiatives;

/// <summary>Keeps the latest completed assessment of each initiative, which a brief may be written from.</summary>
public sealed class AssessmentEventsHandler : IEventHandler
{
    public async Task HandleAsync(EventEnvelope envelope, UnitOfWork work, CancellationToken cancellationToken)
    {
        if (envelope.Is<AssessmentCompleted>())
        {
            await AssessedInitiativeRecords.UpsertAsync(work, envelope.DataAs<AssessmentCompleted>(), cancellationToken);
        }
    }
}
