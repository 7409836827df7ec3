using System.Threading.Channels;

namespace OutsourcingPortal.BuildingBlocks.Events;

/// <summary>
/// Tells this process's relay that a unit of work has just committed events, so they leave at once rather than at the
/// next poll. A wake-up carries nothing and many collapse into one; events other replicas write are found by polling.
/// </summary>
public sealed class EventRelaySignal
{
    private readonly Channel<bool> _wakeUps =
        Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Wake() => _wakeUps.Writer.TryWrite(true);

    /// <summary>Returns when woken, or when <paramref name="timeout"/> has passed without a wake-up.</summary>
    internal async Task WaitAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timer = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timer.CancelAfter(timeout);
        try
        {
            await _wakeUps.Reader.WaitToReadAsync(timer.Token);
            _wakeUps.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            // The poll interval passed without a wake-up: time to look anyway.
        }
    }
}
