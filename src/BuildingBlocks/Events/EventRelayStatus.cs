namespace OutsourcingPortal.BuildingBlocks.Events;

/// <summary>What the relay last found, for the health check: whether publishing fails, and since when events wait.</summary>
internal sealed class EventRelayStatus
{
    private readonly Lock _gate = new();
    private DateTimeOffset? _waitingSince;
    private Exception? _failure;

    public (DateTimeOffset? WaitingSince, Exception? Failure) Current
    {
        get
        {
            lock (_gate)
            {
                return (_waitingSince, _failure);
            }
        }
    }

    public void Succeeded()
    {
        lock (_gate)
        {
            (_waitingSince, _failure) = (null, null);
        }
    }

    /// <param name="waitingSince">When the event that could not be sent occurred; null when none was read.</param>
    public void Failed(Exception failure, DateTimeOffset? waitingSince)
    {
        lock (_gate)
        {
            _failure = failure;
            _waitingSince = waitingSince ?? _waitingSince;
        }
    }
}
