using System.Text;
using static System.FormattableString;

namespace OutsourcingPortal.Benchmarks;

/// <summary>Formats the two summaries as an aligned console table and as Markdown for docs/benchmarks.md.</summary>
public static class ResultReport
{
    /// <summary>The gateway may at most double the direct median latency.</summary>
    public const double TargetP50Ratio = 2.0;

    public static string FormatTable(BenchmarkOptions options, TargetSummary direct, TargetSummary gateway)
    {
        var text = new StringBuilder();
        text.AppendLine(Setup(options));
        text.AppendLine(Invariant($"{"Target",-8} {"Path",-30} {"Requests",10} {"Errors",7} {"p50 ms",8} {"p99 ms",8} {"Requests/s",11}"));
        text.AppendLine(new string('-', 88));
        foreach (var summary in new[] { direct, gateway })
        {
            text.AppendLine(Invariant(
                $"{summary.Name,-8} {summary.Path,-30} {summary.Requests,10} {summary.Errors,7} {summary.P50Milliseconds,8:F3} {summary.P99Milliseconds,8:F3} {summary.RequestsPerSecond,11:F0}"));
        }
        text.AppendLine();
        AppendRatiosAndErrors(text, direct, gateway);
        return text.ToString();
    }

    public static string FormatMarkdown(BenchmarkOptions options, TargetSummary direct, TargetSummary gateway)
    {
        var text = new StringBuilder();
        text.AppendLine(Setup(options));
        text.AppendLine();
        text.AppendLine("| Target | Path | Requests | Errors | p50 (ms) | p99 (ms) | Requests/s |");
        text.AppendLine("|---|---|--:|--:|--:|--:|--:|");
        foreach (var summary in new[] { direct, gateway })
        {
            text.AppendLine(Invariant(
                $"| {summary.Name} | `{summary.Path}` | {summary.Requests} | {summary.Errors} | {summary.P50Milliseconds:F3} | {summary.P99Milliseconds:F3} | {summary.RequestsPerSecond:F0} |"));
        }
        text.AppendLine();
        AppendRatiosAndErrors(text, direct, gateway, bullet: "- ");
        return text.ToString();
    }

    private static string Setup(BenchmarkOptions options) => Invariant(
        $"{options.Connections} connections, {options.Rounds} alternating rounds of {options.RoundDuration.TotalSeconds:0} s ({options.Rounds / 2} per target), {options.WarmUpDuration.TotalSeconds:0} s warm-up per target.");

    private static void AppendRatiosAndErrors(StringBuilder text, TargetSummary direct, TargetSummary gateway, string bullet = "")
    {
        var p50Ratio = gateway.P50Milliseconds / direct.P50Milliseconds;
        var rpsRatio = gateway.RequestsPerSecond / direct.RequestsPerSecond;
        var verdict = p50Ratio <= TargetP50Ratio ? "within target" : "ABOVE target";
        text.AppendLine(Invariant($"{bullet}Gateway p50 / direct p50: {p50Ratio:F2} (target <= {TargetP50Ratio:F1}: {verdict})"));
        text.AppendLine(Invariant($"{bullet}Gateway requests/s / direct requests/s: {rpsRatio:F2}"));
        foreach (var summary in new[] { direct, gateway })
        {
            var kinds = summary.ErrorKinds.Count == 0
                ? "none"
                : string.Join(", ", summary.ErrorKinds.Select(kind => Invariant($"{kind.Key} x{kind.Value}")));
            text.AppendLine(Invariant($"{bullet}Errors ({summary.Name}): {kinds}"));
        }
    }
}
