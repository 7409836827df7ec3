namespace OutsourcingPortal.BuildingBlocks.Events;

/// <summary>How a service reads another service's stream; the defaults suit a service, tests shorten the waits.</summary>
public sealed class EventConsumerOptions
{
    /// <summary>The stream read, one of <see cref="Contracts.Events.EventStreams"/>.</summary>
    public required string Stream { get; set; }

    /// <summary>The consumer group: the consuming service's name, so its replicas share the stream's entries.</summary>
    public required string Group { get; set; }

    /// <summary>This replica within the group.</summary>
    public string Consumer { get; set; } = $"{Environment.MachineName}-{Environment.ProcessId}";

    public int BatchSize { get; set; } = 50;

    /// <summary>The pause after a round that found nothing to read.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// How long an entry stays delivered and unacknowledged before any replica takes it over: its consumer died, or the
    /// handler failed and the entry is tried again.
    /// </summary>
    public TimeSpan ClaimIdleTime { get; set; } = TimeSpan.FromMinutes(1);

    public RetryBackoff Backoff { get; set; } = RetryBackoff.Default;
}
