using System.Globalization;

namespace OutsourcingPortal.Benchmarks;

/// <summary>How hard and how long to measure; every value can be set with <c>--name value</c>.</summary>
public sealed record BenchmarkOptions
{
    public const string Usage =
        "Options: --connections 32 --rounds 6 --seconds 5 --warmup-seconds 10 --max-requests-per-round 1000000 --timeout-seconds 10";

    /// <summary>Concurrent workers, each with its own keep-alive connection, all sending back-to-back requests.</summary>
    public int Connections { get; init; } = 32;

    /// <summary>Measured rounds in total, alternating direct and gateway so slow drift (other load, thermals) hits both alike.</summary>
    public int Rounds { get; init; } = 6;

    public TimeSpan RoundDuration { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>
    /// Per target, before the first round: JIT and tiered compilation, connection pools, YARP's destination lookup.
    /// Long, because with both cores saturated the background tier-1 compiler is starved: 3 s left throughput still
    /// climbing through the measured rounds.
    /// </summary>
    public TimeSpan WarmUpDuration { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A second bound besides time, so latency recording can never grow without limit.</summary>
    public int MaxRequestsPerRound { get; init; } = 1_000_000;

    /// <summary>One stuck request must not hold a round open past its time.</summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    public static BenchmarkOptions Parse(IReadOnlyList<string> args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{args[i]} needs a value.");
            }
            var value = int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number > 0
                ? number
                : throw new ArgumentException($"{args[i]} needs a positive whole number, not '{args[i + 1]}'.");
            options = args[i] switch
            {
                "--connections" => options with { Connections = value },
                "--rounds" => options with { Rounds = value },
                "--seconds" => options with { RoundDuration = TimeSpan.FromSeconds(value) },
                "--warmup-seconds" => options with { WarmUpDuration = TimeSpan.FromSeconds(value) },
                "--max-requests-per-round" => options with { MaxRequestsPerRound = value },
                "--timeout-seconds" => options with { RequestTimeout = TimeSpan.FromSeconds(value) },
                _ => throw new ArgumentException($"Unknown option '{args[i]}'."),
            };
        }
        // Both targets get the same number of rounds, or their aggregates would not be comparable.
        if (options.Rounds % 2 != 0)
        {
            throw new ArgumentException($"--rounds must be even (direct and gateway alternate), not {options.Rounds}.");
        }
        return options;
    }
}
