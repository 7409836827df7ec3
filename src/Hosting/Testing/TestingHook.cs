using System.Reflection;
using Microsoft.Extensions.Hosting;

namespace OutsourcingPortal.Hosting.Testing;

/// <summary>
/// Lets a test run an AppHost's own Program up to <c>Build()</c> and take the builder it declared, with test
/// settings laid over its configuration.
/// </summary>
internal sealed class TestingHook(Assembly appHostAssembly, IReadOnlyDictionary<string, string?> configurationOverrides)
{
    private static readonly AsyncLocal<TestingHook?> Active = new();

    public static TestingHook? Current
    {
        get => Active.Value;
        set => Active.Value = value;
    }

    public Assembly AppHostAssembly { get; } = appHostAssembly;

    public IReadOnlyDictionary<string, string?> ConfigurationOverrides { get; } = configurationOverrides;

    public static string EnvironmentName => "Development";

    public DistributedApplicationBuilder? CapturedBuilder { get; private set; }

    /// <summary>Stops the AppHost's Program, as the .NET host factory resolver does for WebApplicationFactory.</summary>
    public void Capture(DistributedApplicationBuilder builder)
    {
        CapturedBuilder = builder;
        throw new HostAbortedException("The testing entry point captured the application builder.");
    }
}
