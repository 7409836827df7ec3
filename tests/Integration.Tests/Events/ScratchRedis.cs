using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using OutsourcingPortal.Hosting.Tests;
using StackExchange.Redis;

namespace OutsourcingPortal.Integration.Tests.Events;

/// <summary>
/// A redis-server of the test's own on a free loopback port, which the test stops and starts again while the shared one
/// keeps serving the other tests. It keeps its data across a restart (an append-only file written on every change), as
/// a production Redis does, so a restart loses nothing that was acknowledged.
/// </summary>
public sealed class ScratchRedis : IAsyncDisposable
{
    private readonly string _directory = ScratchDirectory.Create("redis-");
    private Process? _server;

    private ScratchRedis() => Port = FreePort();

    public int Port { get; }

    /// <summary>Short timeouts and quick reconnects, so an outage shows at once and the end of one is noticed soon.</summary>
    public ConfigurationOptions ClientOptions => new()
    {
        EndPoints = { { IPAddress.Loopback, Port } },
        AbortOnConnectFail = false,
        ConnectTimeout = 1000,
        SyncTimeout = 2000,
        AsyncTimeout = 2000,
        ReconnectRetryPolicy = new LinearRetry(250),
    };

    public static async Task<ScratchRedis> StartAsync()
    {
        var redis = new ScratchRedis();
        await redis.RestartAsync();
        return redis;
    }

    /// <summary>Kills the server, as a crash would: clients find the connection gone.</summary>
    public async Task StopAsync()
    {
        if (_server is { HasExited: false } server)
        {
            server.Kill();
            await server.WaitForExitAsync();
        }
    }

    public async Task RestartAsync()
    {
        _server?.Dispose();
        var start = new ProcessStartInfo("redis-server")
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["--bind", "127.0.0.1", "--port", Port.ToString(CultureInfo.InvariantCulture), "--dir", _directory,
                     "--appendonly", "yes", "--appendfsync", "always", "--save", "", "--daemonize", "no"])
        {
            start.ArgumentList.Add(argument);
        }
        _server = Process.Start(start)!;
        // Its output is not needed, but a full pipe would stall it.
        _server.OutputDataReceived += (_, _) => { };
        _server.ErrorDataReceived += (_, _) => { };
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();
        await Eventually.TrueAsync(AnswersAsync, TimeSpan.FromSeconds(10), $"redis-server did not answer on port {Port}");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _server?.Dispose();
        Directory.Delete(_directory, recursive: true);
    }

    private async Task<bool> AnswersAsync()
    {
        try
        {
            await using var connection = await ConnectionMultiplexer.ConnectAsync(new ConfigurationOptions { EndPoints = { { IPAddress.Loopback, Port } }, ConnectTimeout = 500 });
            await connection.GetDatabase().PingAsync();
            return true;
        }
        catch (RedisConnectionException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
