using OutsourcingPortal.Hosting.ApplicationModel;

namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>
/// Starts a project from its build output (never building it again) with its own folder as content root,
/// and calls it healthy when its <c>/health</c> endpoint answers 200.
/// </summary>
internal sealed class ProjectRunner(
    ProjectResource project, string environmentName, string? otlpEndpoint, ConsoleLog log, HttpClient probe) : ResourceRunner(project)
{
    private ManagedProcess? _process;

    public override string Type => "project";

    public override string Url => project.HttpUrl.ToString().TrimEnd('/');

    public override ManagedProcess? Process => _process;

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var targetPath = project.Metadata.TargetPath;
        if (!File.Exists(targetPath))
        {
            throw new OrchestrationException(
                $"{targetPath} does not exist: build the solution first (dotnet build OutsourcingPortal.sln).");
        }
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_HOST_PATH")
            ?? Prerequisites.FindExecutable("dotnet", "install the .NET SDK");
        var command = ProcessCommand.Detached(dotnet, ["exec", targetPath]);
        var contentRoot = Path.GetDirectoryName(project.Metadata.ProjectPath)!;
        var environment = ProjectEnvironment.ForRun(project, environmentName, otlpEndpoint);
        _process = ManagedProcess.Start(project.Name, command.FileName, command.Arguments, contentRoot, environment, log);
        return Task.CompletedTask;
    }

    public override async Task<bool> IsHealthyAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await probe.GetAsync(new Uri(project.HttpUrl, "/health"), cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>SIGTERM lets ASP.NET Core finish in-flight requests before it exits.</summary>
    public override Task StopAsync() => _process?.StopAsync(Posix.SigTerm, TimeSpan.FromSeconds(10)) ?? Task.CompletedTask;
}
