using System.Collections.Concurrent;
using OutsourcingPortal.Contracts.Events;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>What <see cref="ProbeHandler"/> was called with, and what the test does after each call.</summary>
public sealed class ProbeHandlings
{
    private readonly ConcurrentQueue<Guid> _calls = new();

    public IReadOnlyList<Guid> Calls => [.. _calls];

    /// <summary>Runs inside the handler's unit of work: throwing rolls the handling back.</summary>
    public Func<EventEnvelope, Task> AfterHandling { get; set; } = _ => Task.CompletedTask;

    public void Record(Guid eventId) => _calls.Enqueue(eventId);
}
