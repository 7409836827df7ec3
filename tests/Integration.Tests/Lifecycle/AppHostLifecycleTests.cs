using System.Diagnostics;
using OutsourcingPortal.Hosting.Orchestration;
using OutsourcingPortal.Hosting.Tests;

namespace OutsourcingPortal.Integration.Tests.Lifecycle;

/// <summary>Starts and stops the real AppHost executable; runs alone so its timings are not skewed by the other collection.</summary>
[Collection(LifecycleCollection.Name)]
public sealed class AppHostLifecycleTests : IDisposable
{
    private const string SigTerm = "TERM";
    private const string SigKill = "KILL";
    private readonly string _dataDirectory = ScratchDirectory.Create("apphost-lifecycle-");

    [Fact]
    public async Task SIGTERM_stops_every_resource_within_15_seconds_and_leaves_no_process()
    {
        using var appHost = AppHostProcess.Start(_dataDirectory);
        var resources = await appHost.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
        var processIds = resources.Select(resource => resource.ProcessId).OfType<int>().ToList();

        var stopwatch = Stopwatch.StartNew();
        appHost.Signal(SigTerm);
        await appHost.WaitForExitAsync(TimeSpan.FromSeconds(20));
        stopwatch.Stop();

        Assert.Equal(8, processIds.Count); // PostgreSQL, Redis, four services, gateway, portal
        Assert.True(stopwatch.Elapsed < TimeSpan.FromSeconds(15), $"Stopping took {stopwatch.Elapsed}.");
        Assert.Equal(0, appHost.ExitCode);
        Assert.DoesNotContain(processIds, IsAlive);
        Assert.Contains("database system is shut down", appHost.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_SIGKILL_the_next_run_stops_what_was_left_and_reuses_the_data()
    {
        List<int> leftBehind;
        using (var killed = AppHostProcess.Start(_dataDirectory))
        {
            var resources = await killed.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));
            leftBehind = [.. resources.Select(resource => resource.ProcessId).OfType<int>()];
            killed.Signal(SigKill);
            await killed.WaitForExitAsync(TimeSpan.FromSeconds(10));
        }
        Assert.Contains(leftBehind, IsAlive); // servers run in their own sessions and outlive a killed AppHost

        using var next = AppHostProcess.Start(_dataDirectory);
        var restarted = await next.WaitUntilHealthyAsync(TimeSpan.FromMinutes(3));

        Assert.DoesNotContain(leftBehind, IsAlive);
        Assert.DoesNotContain("initialising a new data folder", next.Output, StringComparison.Ordinal);
        Assert.All(restarted, resource => Assert.Equal(ResourceState.Healthy, resource.State));
        next.Signal(SigTerm);
        await next.WaitForExitAsync(TimeSpan.FromSeconds(20));
        Assert.DoesNotContain(restarted.Select(resource => resource.ProcessId).OfType<int>(), IsAlive);
    }

    [Fact]
    public async Task A_missing_server_binary_is_named_with_how_to_install_it_and_the_exit_code_is_not_zero()
    {
        // A PATH with the basic tools but without redis-server.
        var toolsOnly = Directory.CreateDirectory(Path.Combine(_dataDirectory, "bin")).FullName;
        foreach (var tool in new[] { "setsid", "setpriv", "chown", "test" })
        {
            File.CreateSymbolicLink(Path.Combine(toolsOnly, tool), Path.Combine("/usr/bin", tool));
        }
        using var appHost = AppHostProcess.Start(_dataDirectory, new Dictionary<string, string> { ["PATH"] = toolsOnly });

        await appHost.WaitForExitAsync(TimeSpan.FromMinutes(1));

        Assert.NotEqual(0, appHost.ExitCode);
        Assert.Contains("'redis-server' was not found", appHost.Output, StringComparison.Ordinal);
        Assert.Contains("apt-get install -y redis-server", appHost.Output, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_dataDirectory, recursive: true);

    private static bool IsAlive(int processId) => File.Exists($"/proc/{processId}/stat") && !IsZombie(processId);

    private static bool IsZombie(int processId)
    {
        try
        {
            return File.ReadAllText($"/proc/{processId}/stat").Split(')')[^1].TrimStart().StartsWith('Z');
        }
        catch (IOException)
        {
            return false;
        }
    }
}
