using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>
/// Starts every resource once the ones it waits for are healthy, records their states, and stops them in
/// order: projects first, then the servers they use. A resource that dies is reported, never restarted.
/// </summary>
internal sealed class Orchestrator : IAsyncDisposable
{
    private static readonly TimeSpan StartupTimeout = TimeSpan.FromMinutes(3);
    private readonly DistributedApplicationBuilder _builder;
    private readonly ConsoleLog _log;
    private readonly string _dataDirectory;
    private readonly HttpClient _probe = new() { Timeout = TimeSpan.FromSeconds(5) };
    private readonly List<ResourceRunner> _runners = [];
    private readonly Dictionary<string, TaskCompletionSource> _healthy = [];
    private readonly Lock _tableGate = new();
    private volatile bool _stopping;

    public Orchestrator(DistributedApplicationBuilder builder, ConsoleLog log, string dataDirectory)
    {
        _builder = builder;
        _log = log;
        _dataDirectory = dataDirectory;
    }

    public IReadOnlyList<ResourceSnapshot> Snapshot() => [.. _runners.Select(runner => runner.Snapshot())];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await PrepareAsync();
        var starts = _runners.Select(runner => StartOneAsync(runner, cancellationToken)).ToList();
        try
        {
            await Task.WhenAll(starts);
        }
        catch (Exception) when (starts.FirstOrDefault(start => start.IsFaulted) is { Exception.InnerException: { } rootCause })
        {
            // WhenAll would rethrow any one failure; resources are declared before what depends on them, so the
            // first failed start is the root cause and the later ones only waited for it.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(rootCause);
        }
    }

    public async Task StopAsync()
    {
        _stopping = true;
        var projects = _runners.Where(runner => runner is ProjectRunner).ToList();
        await StopAllAsync(projects);
        await StopAllAsync([.. _runners.Except(projects).Reverse()]);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        foreach (var process in _runners.Select(runner => runner.Process).OfType<ManagedProcess>())
        {
            process.Dispose();
        }
        _probe.Dispose();
    }

    private async Task PrepareAsync()
    {
        Directory.CreateDirectory(_dataDirectory);
        await StopProjectsLeftByEarlierRunAsync();
        SecretStore.Resolve(_builder.Resources.OfType<ParameterResource>(), _builder.Configuration, _dataDirectory);

        var otlpEndpoint = _builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        foreach (var resource in _builder.Resources)
        {
            ResourceRunner? runner = resource switch
            {
                PostgresServerResource server => new PostgresRunner(AllocatePort(server), _dataDirectory, _log),
                PostgresDatabaseResource database => new PostgresDatabaseRunner(database, _log),
                RedisResource redis => new RedisRunner(AllocatePort(redis), _dataDirectory, _log),
                ProjectResource project => new ProjectRunner(AllocatePort(project), _builder.EnvironmentName, otlpEndpoint, _log, _probe),
                _ => null,
            };
            if (runner is not null)
            {
                runner.StateChanged += OnStateChanged;
                _runners.Add(runner);
                _healthy[resource.Name] = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            }
        }
        WriteTable();
    }

    private async Task StartOneAsync(ResourceRunner runner, CancellationToken cancellationToken)
    {
        var name = runner.Resource.Name;
        try
        {
            foreach (var dependency in ((Resource)runner.Resource).WaitsFor)
            {
                await _healthy[dependency.Name].Task.WaitAsync(cancellationToken);
            }
            runner.SetState(ResourceState.Starting);
            await runner.StartAsync(cancellationToken);
            runner.SetState(ResourceState.Running);
            await WaitUntilHealthyAsync(runner, cancellationToken);
            runner.SetState(ResourceState.Healthy);
            _healthy[name].SetResult();
            _ = ReportUnexpectedExitAsync(runner);
        }
        catch (Exception exception)
        {
            runner.SetState(ResourceState.Failed);
            var failure = exception as OrchestrationException ?? exception as MissingPrerequisiteException
                ?? (Exception)new OrchestrationException($"{name} could not start: {exception.Message}");
            _healthy[name].TrySetException(failure);
            throw failure;
        }
    }

    private static async Task WaitUntilHealthyAsync(ResourceRunner runner, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow + StartupTimeout;
        while (!await runner.IsHealthyAsync(cancellationToken))
        {
            if (runner.Exited.IsCompleted)
            {
                throw new OrchestrationException(
                    $"{runner.Resource.Name} exited with code {runner.Process?.ExitCode} before it was healthy. Last lines:{Environment.NewLine}" +
                    string.Join(Environment.NewLine, runner.Process?.LastLines() ?? []));
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new OrchestrationException($"{runner.Resource.Name} was not healthy within {StartupTimeout.TotalSeconds:0} s.");
            }
            await Task.WhenAny(runner.Exited, Task.Delay(200, cancellationToken));
        }
    }

    private async Task ReportUnexpectedExitAsync(ResourceRunner runner)
    {
        await runner.Exited;
        if (_stopping)
        {
            return;
        }
        runner.SetState(ResourceState.Failed);
        _log.WriteBlock(
            $"Resource {runner.Resource.Name} exited unexpectedly with code {runner.Process?.ExitCode}; it is not restarted. Last lines:" +
            Environment.NewLine + string.Join(Environment.NewLine, runner.Process?.LastLines() ?? []));
    }

    private static async Task StopAllAsync(IReadOnlyList<ResourceRunner> runners)
    {
        await Task.WhenAll(runners.Select(async runner =>
        {
            if (runner.Process is { HasExited: false })
            {
                runner.SetState(ResourceState.Stopping);
                await runner.StopAsync();
            }
            if (runner.State != ResourceState.Waiting)
            {
                runner.SetState(ResourceState.Stopped);
            }
        }));
    }

    /// <summary>A killed AppHost cannot stop its projects; the next one does, going by the table it left.</summary>
    private async Task StopProjectsLeftByEarlierRunAsync()
    {
        var projects = _builder.Resources.OfType<ProjectResource>().ToDictionary(project => project.Name);
        foreach (var left in ResourceTable.Read(_dataDirectory))
        {
            if (left.ProcessId is { } processId && projects.TryGetValue(left.Name, out var project))
            {
                await StaleProcess.StopAsync(processId, project.Metadata.TargetPath, Posix.SigKill, _log, left.Name);
            }
        }
    }

    private static PostgresServerResource AllocatePort(PostgresServerResource server)
    {
        server.Port = PortAllocator.FreePort();
        return server;
    }

    private static RedisResource AllocatePort(RedisResource redis)
    {
        redis.Port = PortAllocator.FreePort();
        return redis;
    }

    private static ProjectResource AllocatePort(ProjectResource project)
    {
        project.Port = project.RequestedPort switch
        {
            null => PortAllocator.FreePort(),
            { } port when PortAllocator.IsFree(port) => port,
            { } port when project.RequestedPortIsStrict => throw new OrchestrationException(
                $"Port {port} asked for {project.Name} is already in use: stop what uses it or choose another port."),
            _ => PortAllocator.FreePort(),
        };
        return project;
    }

    private void OnStateChanged(ResourceRunner runner)
    {
        _log.Write("apphost", $"{runner.Resource.Name} is {runner.State}");
        WriteTable();
    }

    private void WriteTable()
    {
        lock (_tableGate)
        {
            ResourceTable.Write(_dataDirectory, Snapshot());
        }
    }
}
