using System.Diagnostics;

namespace OutsourcingPortal.Benchmarks;

/// <summary>One target's rounds taken together: percentiles over every successful request, throughput over all round time.</summary>
public sealed record TargetSummary(
    string Name,
    string Path,
    int Rounds,
    long Requests,
    long Errors,
    IReadOnlyDictionary<string, int> ErrorKinds,
    double P50Milliseconds,
    double P99Milliseconds,
    double RequestsPerSecond)
{
    public static TargetSummary From(string name, string path, IReadOnlyList<RoundResult> rounds)
    {
        var latencies = rounds.SelectMany(round => round.LatencyTicks).ToArray();
        Array.Sort(latencies);
        var seconds = rounds.Sum(round => round.Elapsed.TotalSeconds);
        var errorKinds = rounds.SelectMany(round => round.Errors)
            .GroupBy(error => error.Key, StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.Sum(error => error.Value), StringComparer.Ordinal);
        return new TargetSummary(
            name,
            path,
            rounds.Count,
            latencies.Length,
            errorKinds.Values.Sum(),
            errorKinds,
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99),
            seconds > 0 ? latencies.Length / seconds : 0);
    }

    /// <summary>Nearest-rank percentile of sorted tick counts, in milliseconds; NaN when nothing succeeded.</summary>
    private static double Percentile(long[] sortedTicks, double fraction)
    {
        if (sortedTicks.Length == 0)
        {
            return double.NaN;
        }
        var rank = (int)Math.Ceiling(fraction * sortedTicks.Length);
        return sortedTicks[Math.Clamp(rank - 1, 0, sortedTicks.Length - 1)] * 1000.0 / Stopwatch.Frequency;
    }
}
