using System.Net.Sockets;
using System.Text;
using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>Runs redis-server from the installed binary, bound to loopback, with its data in the AppHost's data folder.</summary>
internal sealed class RedisRunner(RedisResource redis, string dataRoot, ConsoleLog log) : ResourceRunner(redis)
{
    private ManagedProcess? _process;

    private string DataDirectory => Path.Combine(dataRoot, redis.Name);

    public override string Type => "redis";

    public override string Url => redis.ExternalConnectionString is null ? $"tcp://127.0.0.1:{redis.Port}" : "(external)";

    public override string ConnectionString => redis.ConnectionString;

    public override ManagedProcess? Process => _process;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (redis.ExternalConnectionString is not null)
        {
            log.Write(redis.Name, "using the server given in ConnectionStrings__" + redis.Name);
            return;
        }
        var redisServer = Prerequisites.FindExecutable("redis-server", "install it (Debian: apt-get install -y redis-server) or set ConnectionStrings__" + redis.Name);
        Directory.CreateDirectory(DataDirectory);
        var pidFile = Path.Combine(DataDirectory, "redis.pid");
        await StaleProcess.StopFromPidFileAsync(pidFile, "redis-server", Posix.SigTerm, log, redis.Name);
        var command = ProcessCommand.Detached(redisServer,
        [
            "--bind", "127.0.0.1",
            "--port", redis.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "--dir", DataDirectory,
            "--pidfile", pidFile,
            "--daemonize", "no",
            "--save", "60 1",
            "--appendonly", "no",
            // Stop even when the final snapshot cannot be written (a removed data folder), rather than refuse to exit.
            "--shutdown-on-sigterm", "force",
        ]);
        _process = ManagedProcess.Start(redis.Name, command.FileName, command.Arguments, DataDirectory, new Dictionary<string, string>(), log);
    }

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        var (host, port) = ParseEndpoint(redis.ConnectionString);
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(host, port, cancellationToken);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes("PING\r\n"), cancellationToken);
            var buffer = new byte[16];
            var read = await stream.ReadAsync(buffer, cancellationToken);
            return Encoding.ASCII.GetString(buffer, 0, read).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
        catch (IOException)
        {
            return false;
        }
    }

    public override Task StopAsync() => _process?.StopAsync(Posix.SigTerm, TimeSpan.FromSeconds(10)) ?? Task.CompletedTask;

    private static (string Host, int Port) ParseEndpoint(string connectionString)
    {
        var endpoint = connectionString.Split(',')[0];
        var separator = endpoint.LastIndexOf(':');
        return separator < 0
            ? (endpoint, RedisResource.DefaultPort)
            : (endpoint[..separator], int.Parse(endpoint[(separator + 1)..], System.Globalization.CultureInfo.InvariantCulture));
    }
}
