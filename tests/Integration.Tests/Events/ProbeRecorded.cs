using OutsourcingPortal.Contracts.Events;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>The integration event the tests publish and consume.</summary>
public sealed record ProbeRecorded(int Number) : IIntegrationEvent
{
    public static string EventType => nameof(ProbeRecorded);

    public static int EventVersion => 1;
}
