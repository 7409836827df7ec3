using OutsourcingPortal.Hosting.Testing;
using static System.FormattableString;

// The AppHost's Program; named explicitly so nothing here can be mistaken for this console's own entry point.
using AppHostProgram = Program;

namespace OutsourcingPortal.Benchmarks;

/// <summary>
/// Measures what the YARP gateway adds to a request: the same cheap endpoint (assessment-api's <c>/alive</c>) is
/// loaded directly and through the gateway, with the whole application running in-process as the tests run it.
/// </summary>
public static class GatewayOverheadBenchmark
{
    private const string DirectPath = "/alive";
    private const string GatewayPath = "/api/assessment/alive";

    public static async Task<int> Main(string[] args)
    {
        BenchmarkOptions options;
        try
        {
            options = BenchmarkOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message + Environment.NewLine + BenchmarkOptions.Usage);
            return 2;
        }

        // Ctrl-C must still reach DisposeAsync, which stops PostgreSQL, Redis and the services: they run in their own sessions.
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, eventArgs) =>
        {
            eventArgs.Cancel = true;
            stop.Cancel();
        };

        (TargetSummary Direct, TargetSummary Gateway) results;
        try
        {
            results = await MeasureAsync(options, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("Interrupted; the application has been stopped.");
            return 130;
        }

        // Printed only now, after the application stopped, so the servers' shutdown output cannot split the tables.
        Console.WriteLine();
        Console.WriteLine(ResultReport.FormatTable(options, results.Direct, results.Gateway));
        Console.WriteLine("Markdown:");
        Console.WriteLine();
        Console.WriteLine(ResultReport.FormatMarkdown(options, results.Direct, results.Gateway));
        // Failed requests make the numbers meaningless (an error page is cheap), so a script must be able to tell.
        return results.Direct.Errors + results.Gateway.Errors == 0 ? 0 : 1;
    }

    private static async Task<(TargetSummary Direct, TargetSummary Gateway)> MeasureAsync(
        BenchmarkOptions options, CancellationToken cancellationToken)
    {
        var builder = await DistributedApplicationTestingBuilder.CreateAsync<AppHostProgram>();
        await using var app = await builder.BuildAsync();
        await app.StartAsync(cancellationToken);

        var directUrl = new Uri(app.GetEndpoint("assessment-api"), DirectPath);
        // The gateway strips /api/assessment, so both URLs reach the same endpoint of the same process.
        var gatewayUrl = new Uri(app.GetEndpoint("gateway"), GatewayPath);

        // One pool per target, so each keeps its warmed connections for all its rounds.
        using var directLoad = new LoadGenerator(options.Connections, options.RequestTimeout);
        using var gatewayLoad = new LoadGenerator(options.Connections, options.RequestTimeout);

        foreach (var (name, load, url) in new[] { ("direct", directLoad, directUrl), ("gateway", gatewayLoad, gatewayUrl) })
        {
            var warmUp = await load.RunAsync(url, options.WarmUpDuration, options.MaxRequestsPerRound, cancellationToken);
            Report("warm-up", name, warmUp);
        }

        var directRounds = new List<RoundResult>();
        var gatewayRounds = new List<RoundResult>();
        for (var round = 0; round < options.Rounds; round++)
        {
            // Alternating, so slow drift on a shared machine (other builds, thermals) hits both targets alike.
            var viaGateway = round % 2 == 1;
            var result = viaGateway
                ? await gatewayLoad.RunAsync(gatewayUrl, options.RoundDuration, options.MaxRequestsPerRound, cancellationToken)
                : await directLoad.RunAsync(directUrl, options.RoundDuration, options.MaxRequestsPerRound, cancellationToken);
            (viaGateway ? gatewayRounds : directRounds).Add(result);
            Report(Invariant($"round {round + 1}/{options.Rounds}"), viaGateway ? "gateway" : "direct", result);
        }

        return (TargetSummary.From("direct", "assessment-api" + DirectPath, directRounds),
            TargetSummary.From("gateway", "gateway" + GatewayPath, gatewayRounds));
    }

    /// <summary>One line per round, so drift between rounds (an unfinished warm-up, a neighbour's build) is visible.</summary>
    private static void Report(string phase, string target, RoundResult result)
    {
        var round = TargetSummary.From(target, string.Empty, [result]);
        Console.WriteLine(Invariant(
            $"[benchmark] {phase,-11} {target,-8} {round.Requests,8} ok {round.Errors,6} errors {round.RequestsPerSecond,8:F0} req/s  p50 {round.P50Milliseconds:F3} ms  p99 {round.P99Milliseconds:F3} ms"));
    }
}
