using Npgsql;
using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>Runs PostgreSQL from the installed binaries, with its data in the AppHost's data folder.</summary>
internal sealed class PostgresRunner(PostgresServerResource server, string dataRoot, ConsoleLog log) : ResourceRunner(server)
{
    private ManagedProcess? _process;

    private string DataDirectory => Path.Combine(dataRoot, server.Name);

    public override string Type => "postgres";

    public override string Url => server.ExternalConnectionString is null ? $"tcp://127.0.0.1:{server.Port}" : "(external)";

    public override ManagedProcess? Process => _process;

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        if (server.ExternalConnectionString is not null)
        {
            log.Write(server.Name, "using the server given in ConnectionStrings__" + server.Name);
            return;
        }
        var bin = Prerequisites.FindPostgresBinDirectory();
        var postgres = Path.Combine(bin, "postgres");
        await StaleProcess.StopFromPidFileAsync(Path.Combine(DataDirectory, "postmaster.pid"), "postgres", Posix.SigInt, log, server.Name);

        var binaryMajor = await ReadBinaryMajorVersionAsync(postgres, cancellationToken);
        var versionFile = Path.Combine(DataDirectory, "PG_VERSION");
        if (File.Exists(versionFile))
        {
            var dataMajor = File.ReadAllText(versionFile).Trim();
            if (dataMajor != binaryMajor)
            {
                throw new OrchestrationException(
                    $"{DataDirectory} holds PostgreSQL {dataMajor} data but the installed server is PostgreSQL {binaryMajor}. " +
                    "The data was left untouched: upgrade it with pg_upgrade, or point AppHost:DataDirectory elsewhere.");
            }
        }
        else if (Directory.Exists(DataDirectory) && Directory.EnumerateFileSystemEntries(DataDirectory).Any())
        {
            throw new OrchestrationException(
                $"{DataDirectory} is not empty but is not a PostgreSQL data folder (no PG_VERSION). It was left untouched.");
        }
        else
        {
            await InitializeAsync(bin, cancellationToken);
        }

        await EnsurePostgresUserCanReachAsync(cancellationToken);
        var command = ProcessCommand.AsPostgresUser(postgres,
        [
            "-D", DataDirectory,
            "-p", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=",
        ]).DetachedFromSession();
        _process = ManagedProcess.Start(server.Name, command.FileName, command.Arguments, dataRoot, new Dictionary<string, string>(), log);
    }

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Timeout = 2, Pooling = false };
        try
        {
            await using var connection = new NpgsqlConnection(connectionString.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("select 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>SIGINT is PostgreSQL's fast shutdown: clients are disconnected and the data is checkpointed.</summary>
    public override Task StopAsync() => _process?.StopAsync(Posix.SigInt, TimeSpan.FromSeconds(15)) ?? Task.CompletedTask;

    private async Task InitializeAsync(string bin, CancellationToken cancellationToken)
    {
        log.Write(server.Name, $"initialising a new data folder in {DataDirectory}");
        Directory.CreateDirectory(DataDirectory);
        File.SetUnixFileMode(DataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var passwordFile = Path.Combine(Path.GetTempPath(), $"pgpass-{Guid.NewGuid():N}");
        await File.WriteAllTextAsync(passwordFile, server.Password.Value, cancellationToken);
        File.SetUnixFileMode(passwordFile, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        try
        {
            if (Posix.IsRoot)
            {
                await RunOrThrowAsync(new ProcessCommand("chown", [$"{ProcessCommand.PostgresUser}:", DataDirectory, passwordFile]), cancellationToken);
            }
            await EnsurePostgresUserCanReachAsync(cancellationToken);
            await RunOrThrowAsync(ProcessCommand.AsPostgresUser(Path.Combine(bin, "initdb"),
            [
                "-D", DataDirectory, "-U", PostgresServerResource.UserName, "--pwfile", passwordFile,
                "--auth=scram-sha-256", "--encoding=UTF8", "--locale=C",
            ]), cancellationToken);
        }
        finally
        {
            File.Delete(passwordFile);
        }
    }

    private async Task EnsurePostgresUserCanReachAsync(CancellationToken cancellationToken)
    {
        if (!Posix.IsRoot)
        {
            return;
        }
        var (exitCode, _) = await ProcessCommand.AsPostgresUser("test", ["-w", DataDirectory]).RunAsync(cancellationToken);
        if (exitCode != 0)
        {
            throw new OrchestrationException(
                $"The '{ProcessCommand.PostgresUser}' user cannot write {DataDirectory}: PostgreSQL refuses to run as root, so every " +
                "parent folder must be traversable by that user (chmod o+x), or set AppHost:DataDirectory to a folder it can reach.");
        }
    }

    private static async Task<string> ReadBinaryMajorVersionAsync(string postgres, CancellationToken cancellationToken)
    {
        // "postgres (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)" → "15"
        var (_, output) = await new ProcessCommand(postgres, ["--version"]).RunAsync(cancellationToken);
        var version = output.Split(' ', StringSplitOptions.RemoveEmptyEntries).ElementAtOrDefault(2) ?? string.Empty;
        return version.Split('.')[0];
    }

    private static async Task RunOrThrowAsync(ProcessCommand command, CancellationToken cancellationToken)
    {
        var (exitCode, output) = await command.RunAsync(cancellationToken);
        if (exitCode != 0)
        {
            throw new OrchestrationException($"'{command.FileName} {string.Join(' ', command.Arguments)}' failed ({exitCode}): {output}");
        }
    }
}
