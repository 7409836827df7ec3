namespace OutsourcingPortal.BuildingBlocks.Data;

public static class DatabaseClock
{
    /// <summary>
    /// Now, at the microsecond precision PostgreSQL stores, so what a create returns equals what a later read returns.
    /// </summary>
    public static DateTimeOffset GetUtcNowForStorage(this TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        return now.AddTicks(-(now.Ticks % (TimeSpan.TicksPerMillisecond / 1000)));
    }
}
