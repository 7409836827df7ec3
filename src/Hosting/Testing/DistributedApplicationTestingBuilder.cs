using System.Reflection;
using Microsoft.Extensions.Hosting;

namespace OutsourcingPortal.Hosting.Testing;

/// <summary>
/// The testing entry point, shaped like Aspire.Hosting.Testing: runs an AppHost's declarations with random
/// ports and a throwaway data folder; the application it builds deletes that folder when disposed.
/// </summary>
public static class DistributedApplicationTestingBuilder
{
    public static Task<DistributedApplicationBuilder> CreateAsync<TEntryPoint>(
        IReadOnlyDictionary<string, string?>? configuration = null) where TEntryPoint : class
    {
        var appHostAssembly = typeof(TEntryPoint).Assembly;
        var entryPoint = appHostAssembly.EntryPoint
            ?? throw new ArgumentException($"{appHostAssembly.GetName().Name} has no entry point.", nameof(TEntryPoint));

        var dataDirectory = Directory.CreateTempSubdirectory("outsourcingportal-test-").FullName;
        // PostgreSQL runs as its own user when the tests run as root, and must be able to reach its data.
        File.SetUnixFileMode(dataDirectory, (UnixFileMode)Convert.ToInt32("755", 8));
        var overrides = new Dictionary<string, string?>
        {
            ["AppHost:DataDirectory"] = dataDirectory,
            ["AppHost:DeleteDataDirectoryOnDispose"] = "true",
            ["PORTAL_PORT"] = "0",
        };
        foreach (var (key, value) in configuration ?? new Dictionary<string, string?>())
        {
            overrides[key] = value;
        }

        var hook = new TestingHook(appHostAssembly, overrides);
        TestingHook.Current = hook;
        try
        {
            entryPoint.Invoke(null, entryPoint.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
        }
        catch (TargetInvocationException exception) when (exception.InnerException is HostAbortedException)
        {
            // Expected: the AppHost stopped at Build().
        }
        finally
        {
            TestingHook.Current = null;
        }
        return Task.FromResult(hook.CapturedBuilder
            ?? throw new InvalidOperationException("The AppHost's Program never called Build()."));
    }

    /// <summary>Builds the captured application; start it with <see cref="DistributedApplication.StartAsync"/>.</summary>
    public static Task<DistributedApplication> BuildAsync(this DistributedApplicationBuilder builder) =>
        Task.FromResult(builder.BuildCore());
}
