using OutsourcingPortal.BuildingBlocks.Events;
using OutsourcingPortal.Contracts.Events;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>The envelope's data round trip, and the stream each service publishes to.</summary>
public sealed class EventContractTests
{
    [Theory]
    [InlineData("OutsourcingPortal.Assessment.Api", EventStreams.Assessment)]
    [InlineData("OutsourcingPortal.VendorRegistry.Api", EventStreams.VendorRegistry)]
    [InlineData("OutsourcingPortal.Engagements.Api", EventStreams.Engagements)]
    [InlineData("OutsourcingPortal.Reporting.Api", EventStreams.Reporting)]
    public void Each_service_publishes_to_the_stream_its_contract_names(string applicationName, string stream) =>
        Assert.Equal(stream, EventStreams.Of(ServiceName.FromApplicationName(applicationName)));

    [Fact]
    public void An_envelope_carries_its_data_as_camel_case_JSON_and_gives_it_back_typed()
    {
        var envelope = EventEnvelope.Create(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.NewGuid(), new EventActor(null, "test"), new ProbeRecorded(42));

        Assert.Equal(nameof(ProbeRecorded), envelope.Type);
        Assert.Equal(1, envelope.Version);
        Assert.Equal("""{"number":42}""", envelope.Data.GetRawText());
        Assert.Equal(new ProbeRecorded(42), envelope.DataAs<ProbeRecorded>());
    }

    [Fact]
    public void Reading_an_envelope_as_another_event_is_refused()
    {
        var envelope = EventEnvelope.Create(Guid.CreateVersion7(), DateTimeOffset.UtcNow, Guid.NewGuid(), new EventActor(null, "test"), new ProbeRecorded(1))
            with { Version = 2 };

        Assert.False(envelope.Is<ProbeRecorded>());
        Assert.Throws<InvalidOperationException>(() => envelope.DataAs<ProbeRecorded>());
    }
}
