using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Serialization;
using OutsourcingPortal.Hosting.Orchestration;
using OutsourcingPortal.Hosting.Tests;

namespace OutsourcingPortal.Integration.Tests.Lifecycle;

/// <summary>The AppHost as a person runs it: its own process, its own data folder, stopped with a signal.</summary>
public sealed class AppHostProcess : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };
    private readonly Process _process;
    private readonly System.Text.StringBuilder _output = new();

    private readonly DateTime _startedAt = DateTime.UtcNow;

    private AppHostProcess(Process process, string dataDirectory)
    {
        _process = process;
        DataDirectory = dataDirectory;
    }

    private string ResourcesFile => Path.Combine(DataDirectory, "resources.json");

    public string DataDirectory { get; }

    public int Id => _process.Id;

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static AppHostProcess Start(string dataDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var startInfo = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "exec", RepositoryPaths.AppHostAssembly })
        {
            startInfo.ArgumentList.Add(argument);
        }
        startInfo.Environment["DOTNET_ENVIRONMENT"] = "Development";
        startInfo.Environment["PORTAL_PORT"] = "0";
        startInfo.Environment["AppHost__DataDirectory"] = dataDirectory;
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            startInfo.Environment[key] = value;
        }
        var process = new Process { StartInfo = startInfo };
        var appHost = new AppHostProcess(process, dataDirectory);
        process.OutputDataReceived += (_, e) => appHost.Append(e.Data);
        process.ErrorDataReceived += (_, e) => appHost.Append(e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return appHost;
    }

    /// <summary>Waits until this run's <c>resources.json</c> (not one an earlier run left) shows every resource healthy.</summary>
    public async Task<IReadOnlyList<ResourceSnapshot>> WaitUntilHealthyAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            var resources = File.Exists(ResourcesFile) && File.GetLastWriteTimeUtc(ResourcesFile) > _startedAt ? ReadResources() : [];
            if (resources.Count > 0 && resources.All(resource => resource.State == ResourceState.Healthy))
            {
                return resources;
            }
            await Task.Delay(250);
        }
        throw new TimeoutException($"The AppHost was not healthy within {timeout}. Output:{Environment.NewLine}{Output}");
    }

    public IReadOnlyList<ResourceSnapshot> ReadResources()
    {
        try
        {
            return JsonSerializer.Deserialize<List<ResourceSnapshot>>(File.ReadAllText(ResourcesFile), Json) ?? [];
        }
        catch (Exception exception) when (exception is IOException or JsonException)
        {
            return [];
        }
    }

    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-s", signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public Task WaitForExitAsync(TimeSpan timeout) => _process.WaitForExitAsync().WaitAsync(timeout);

    public int ExitCode => _process.ExitCode;

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
