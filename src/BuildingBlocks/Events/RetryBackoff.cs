namespace OutsourcingPortal.BuildingBlocks.Events;

/// <summary>
/// How a background job waits after Redis or PostgreSQL failed: <see cref="FirstDelay"/>, then twice as long after each
/// further failure (with jitter), up to <see cref="MaxDelay"/>.
/// </summary>
public sealed record RetryBackoff(TimeSpan FirstDelay, TimeSpan MaxDelay)
{
    public static readonly RetryBackoff Default = new(TimeSpan.FromMilliseconds(200), TimeSpan.FromSeconds(30));
}
