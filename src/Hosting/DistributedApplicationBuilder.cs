using System.Reflection;
using Microsoft.Extensions.Configuration;
using OutsourcingPortal.Hosting.ApplicationModel;
using OutsourcingPortal.Hosting.Testing;

namespace OutsourcingPortal.Hosting;

/// <summary>Collects the resources an AppHost declares; <see cref="Build"/> turns them into a runnable application.</summary>
public sealed class DistributedApplicationBuilder
{
    private static readonly Dictionary<string, string> SwitchMappings = new(StringComparer.Ordinal)
    {
        ["--publisher"] = "Publishing:Publisher",
        ["--output-path"] = "Publishing:OutputPath",
    };

    private readonly List<IResource> _resources = [];
    private readonly TestingHook? _testingHook;

    internal DistributedApplicationBuilder(string[] args, Assembly appHostAssembly, TestingHook? testingHook)
    {
        _testingHook = testingHook;
        AppHostDirectory = FindAppHostDirectory(appHostAssembly);
        EnvironmentName = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? "Production";

        Configuration = new ConfigurationManager();
        Configuration.SetBasePath(AppHostDirectory)
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{EnvironmentName}.json", optional: true)
            .AddEnvironmentVariables()
            .AddCommandLine(args, SwitchMappings);
        if (testingHook is not null)
        {
            Configuration.AddInMemoryCollection(testingHook.ConfigurationOverrides);
            EnvironmentName = TestingHook.EnvironmentName;
        }

        var publisher = Configuration["Publishing:Publisher"];
        if (publisher is not null && publisher != "manifest")
        {
            throw new ArgumentException($"Unknown publisher '{publisher}': the only publisher is 'manifest'.");
        }
        ExecutionContext = new ExecutionContext(publisher is not null, Configuration["Publishing:OutputPath"]);
    }

    public ConfigurationManager Configuration { get; }

    /// <summary>The AppHost project's folder: relative paths (data, manifest) start here.</summary>
    public string AppHostDirectory { get; }

    public string EnvironmentName { get; }

    public ExecutionContext ExecutionContext { get; }

    public IReadOnlyList<IResource> Resources => _resources;

    public IResourceBuilder<T> AddResource<T>(T resource) where T : IResource
    {
        if (_resources.Any(existing => existing.Name == resource.Name))
        {
            throw new InvalidOperationException($"A resource named '{resource.Name}' is already declared.");
        }
        _resources.Add(resource);
        return new ResourceBuilder<T>(this, resource);
    }

    /// <summary>
    /// Builds the application. Under the testing entry point the AppHost's own Program stops here, the way
    /// WebApplicationFactory stops a web app's Program, and the test builds the captured builder itself.
    /// </summary>
    public DistributedApplication Build()
    {
        if (_testingHook is not null)
        {
            _testingHook.Capture(this);
        }
        return BuildCore();
    }

    internal DistributedApplication BuildCore() => new(this);

    private static string FindAppHostDirectory(Assembly appHostAssembly) =>
        appHostAssembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(attribute => attribute.Key == "apphostprojectpath")?.Value
        ?? AppContext.BaseDirectory;
}
