using System.Reflection;
using System.Runtime.InteropServices;
using OutsourcingPortal.Hosting.ApplicationModel;
using OutsourcingPortal.Hosting.Orchestration;
using OutsourcingPortal.Hosting.Publishing;
using OutsourcingPortal.Hosting.Testing;

namespace OutsourcingPortal.Hosting;

/// <summary>
/// The application an AppHost declared: runs every resource until Ctrl-C or SIGTERM, or writes the
/// deployment manifest when started with <c>--publisher manifest</c>.
/// </summary>
public sealed class DistributedApplication : IAsyncDisposable
{
    private readonly DistributedApplicationBuilder _builder;
    private readonly ConsoleLog _log = new(Console.Out);
    private readonly Orchestrator _orchestrator;
    private readonly bool _deleteDataOnDispose;
    private int _disposed;

    internal DistributedApplication(DistributedApplicationBuilder builder)
    {
        _builder = builder;
        DataDirectory = Path.GetFullPath(builder.Configuration["AppHost:DataDirectory"] ?? "../.data", builder.AppHostDirectory);
        _deleteDataOnDispose = string.Equals(builder.Configuration["AppHost:DeleteDataDirectoryOnDispose"], "true", StringComparison.OrdinalIgnoreCase);
        _orchestrator = new Orchestrator(builder, _log, DataDirectory);
    }

    /// <summary>Where servers keep their data and the AppHost writes <c>resources.json</c> and secrets.</summary>
    public string DataDirectory { get; }

    public static DistributedApplicationBuilder CreateBuilder(string[] args)
    {
        var testingHook = TestingHook.Current;
        return new DistributedApplicationBuilder(args, testingHook?.AppHostAssembly ?? Assembly.GetEntryAssembly()!, testingHook);
    }

    public IReadOnlyList<ResourceSnapshot> Resources => _orchestrator.Snapshot();

    public void Run() => RunAsync().GetAwaiter().GetResult();

    public async Task RunAsync(CancellationToken cancellationToken = default)
    {
        if (_builder.ExecutionContext.IsPublishMode)
        {
            var outputPath = Path.GetFullPath(_builder.ExecutionContext.ManifestOutputPath ?? "aspire-manifest.json", _builder.AppHostDirectory);
            ManifestPublisher.Write(_builder, outputPath);
            Console.WriteLine($"Wrote the deployment manifest to {outputPath}");
            return;
        }

        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnStopSignal);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnStopSignal);
        try
        {
            await StartAsync(stop.Token);
            _log.WriteBlock(Environment.NewLine + ResourceTable.Format(Resources) + Environment.NewLine);
            foreach (var project in _builder.Resources.OfType<ProjectResource>().Where(project => project.UrlLabel is not null))
            {
                _log.WriteBlock($"{project.UrlLabel}: {project.HttpUrl.ToString().TrimEnd('/')}");
            }
            _log.WriteBlock("Press Ctrl-C to stop.");
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            _log.WriteBlock("Stopping…");
        }
        catch (Exception exception) when (exception is OrchestrationException or MissingPrerequisiteException)
        {
            await Console.Error.WriteLineAsync($"The application could not start: {exception.Message}");
            Environment.ExitCode = 1;
        }
        finally
        {
            await StopAsync(CancellationToken.None);
        }

        void OnStopSignal(PosixSignalContext context)
        {
            context.Cancel = true;
            stop.Cancel();
        }
    }

    /// <summary>Starts every resource and returns once all are healthy; throws if one fails.</summary>
    public Task StartAsync(CancellationToken cancellationToken = default) => _orchestrator.StartAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken = default) => _orchestrator.StopAsync().WaitAsync(cancellationToken);

    /// <summary>An HTTP client whose base address is the project's endpoint.</summary>
    public HttpClient CreateHttpClient(string resourceName) => new() { BaseAddress = GetEndpoint(resourceName) };

    public Uri GetEndpoint(string resourceName) => FindResource<ProjectResource>(resourceName).HttpUrl;

    public string GetConnectionString(string resourceName) => FindResource<IResourceWithConnectionString>(resourceName).ConnectionString;

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
        {
            return;
        }
        await _orchestrator.DisposeAsync();
        if (_deleteDataOnDispose && Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private T FindResource<T>(string name) where T : IResource =>
        _builder.Resources.OfType<T>().FirstOrDefault(resource => resource.Name == name)
        ?? throw new ArgumentException($"No {typeof(T).Name} named '{name}' is declared.", nameof(name));
}
