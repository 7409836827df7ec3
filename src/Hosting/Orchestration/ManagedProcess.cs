using System.Diagnostics;

namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>
/// A child process whose output goes to the shared console under the resource's name, with its last lines
/// kept so a failure can be explained, and which is stopped with a chosen signal before being killed.
/// </summary>
internal sealed class ManagedProcess : IDisposable
{
    private const int KeptLines = 30;
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly Lock _linesGate = new();

    private ManagedProcess(Process process) => _process = process;

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public Task Exited { get; private set; } = Task.CompletedTask;

    public static ManagedProcess Start(
        string name, string fileName, IEnumerable<string> arguments, string workingDirectory,
        IReadOnlyDictionary<string, string> environment, ConsoleLog log)
    {
        var startInfo = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        foreach (var (key, value) in environment)
        {
            startInfo.Environment[key] = value;
        }

        var process = new Process { StartInfo = startInfo, EnableRaisingEvents = true };
        var managed = new ManagedProcess(process);
        process.OutputDataReceived += (_, e) => managed.OnLine(name, e.Data, log);
        process.ErrorDataReceived += (_, e) => managed.OnLine(name, e.Data, log);
        process.Start();
        managed.Exited = process.WaitForExitAsync();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return managed;
    }

    public IReadOnlyList<string> LastLines()
    {
        lock (_linesGate)
        {
            return [.. _lastLines];
        }
    }

    /// <summary>Asks the process to stop with <paramref name="signal"/>, and kills it if it has not within the grace period.</summary>
    public async Task StopAsync(int signal, TimeSpan grace)
    {
        if (_process.HasExited)
        {
            return;
        }
        Posix.Signal(_process.Id, signal);
        if (await Task.WhenAny(Exited, Task.Delay(grace)) != Exited)
        {
            _process.Kill(entireProcessTree: true);
            await Exited;
        }
    }

    public void Dispose() => _process.Dispose();

    private void OnLine(string name, string? line, ConsoleLog log)
    {
        if (line is null)
        {
            return;
        }
        lock (_linesGate)
        {
            _lastLines.Enqueue(line);
            if (_lastLines.Count > KeptLines)
            {
                _lastLines.Dequeue();
            }
        }
        log.Write(name, line);
    }
}
