using System.Diagnostics;
using System.Net;

namespace OutsourcingPortal.Benchmarks;

/// <summary>
/// A closed-loop load generator: a fixed number of workers, each sending its next request as soon as the previous
/// one has been answered, over a pool with one keep-alive connection per worker.
/// </summary>
public sealed class LoadGenerator : IDisposable
{
    private readonly HttpClient _client;
    private readonly int _connections;

    public LoadGenerator(int connections, TimeSpan requestTimeout)
    {
        _connections = connections;
        var handler = new SocketsHttpHandler
        {
            // One connection per worker, never recycled: the benchmark measures requests, not TCP handshakes.
            MaxConnectionsPerServer = connections,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
            PooledConnectionIdleTimeout = TimeSpan.FromMinutes(10),
            // Loopback only: an HTTP(S)_PROXY in the environment must not end up between us and the servers.
            UseProxy = false,
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
        };
        _client = new HttpClient(handler) { Timeout = requestTimeout };
    }

    /// <summary>Sends GETs to <paramref name="url"/> until <paramref name="duration"/> or <paramref name="maxRequests"/> runs out.</summary>
    public async Task<RoundResult> RunAsync(Uri url, TimeSpan duration, int maxRequests, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
        var issued = 0;

        // Task.Run: each worker starts on the thread pool at once instead of running its first request inline here.
        var workers = Enumerable.Range(0, _connections).Select(_ => Task.Run(WorkAsync, cancellationToken)).ToArray();
        var results = await Task.WhenAll(workers);
        // Measured to when the last in-flight request finished, so requests/s is not flattered by work past the deadline.
        var elapsed = Stopwatch.GetElapsedTime(started);

        var errors = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (kind, count) in results.SelectMany(result => result.Errors))
        {
            errors[kind] = errors.GetValueOrDefault(kind) + count;
        }
        return new RoundResult([.. results.SelectMany(result => result.Latencies)], errors, elapsed);

        async Task<(List<long> Latencies, Dictionary<string, int> Errors)> WorkAsync()
        {
            var latencies = new List<long>(capacity: 4096);
            var workerErrors = new Dictionary<string, int>(StringComparer.Ordinal);
            while (Stopwatch.GetTimestamp() < deadline && Interlocked.Increment(ref issued) <= maxRequests)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var start = Stopwatch.GetTimestamp();
                string? error = null;
                try
                {
                    // The default completion option reads the whole body: a request is done when the caller has the answer.
                    using var response = await _client.GetAsync(url, cancellationToken);
                    if (!response.IsSuccessStatusCode)
                    {
                        error = $"HTTP {(int)response.StatusCode}";
                    }
                }
                catch (HttpRequestException exception)
                {
                    error = $"{nameof(HttpRequestException)} ({exception.HttpRequestError})";
                }
                catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
                {
                    error = "timeout";
                }

                if (error is null)
                {
                    latencies.Add(Stopwatch.GetTimestamp() - start);
                }
                else
                {
                    workerErrors[error] = workerErrors.GetValueOrDefault(error) + 1;
                }
            }
            return (latencies, workerErrors);
        }
    }

    public void Dispose() => _client.Dispose();
}
