namespace OutsourcingPortal.BuildingBlocks.Events;

/// <summary>How the service's relay publishes its outbox; the defaults suit a service, tests shorten the waits.</summary>
public sealed class EventRelayOptions
{
    /// <summary>The service's own stream, <c>events:&lt;service&gt;</c>.</summary>
    public required string Stream { get; set; }

    public int BatchSize { get; set; } = 100;

    /// <summary>How often the outbox is looked at without a wake-up: events other replicas wrote wait this long at most.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    public RetryBackoff Backoff { get; set; } = RetryBackoff.Default;

    /// <summary>
    /// How long Redis remembers that an event is on the stream, so that sending it again adds nothing: longer than any
    /// outage of the database between an event reaching Redis and the relay recording that it did.
    /// </summary>
    public TimeSpan PublishedMarkerLifetime { get; set; } = TimeSpan.FromDays(7);
}
