namespace OutsourcingPortal.Benchmarks;

/// <summary>
/// One timed run against one target: the latency of every successful request in <see cref="System.Diagnostics.Stopwatch"/>
/// ticks, the failures by kind (e.g. "HTTP 502", "HttpRequestException"), and how long the round really took.
/// </summary>
public sealed record RoundResult(long[] LatencyTicks, IReadOnlyDictionary<string, int> Errors, TimeSpan Elapsed)
{
    public int ErrorCount => Errors.Values.Sum();
}
