namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>Finds and stops a server an earlier, killed AppHost left running on the same data.</summary>
internal static class StaleProcess
{
    public static async Task StopFromPidFileAsync(string pidFile, string expectedName, int signal, ConsoleLog log, string source)
    {
        if (!File.Exists(pidFile))
        {
            return;
        }
        var firstLine = File.ReadLines(pidFile).FirstOrDefault();
        if (!int.TryParse(firstLine, out var processId))
        {
            return;
        }
        await StopAsync(processId, expectedName, signal, log, source);
    }

    public static async Task StopAsync(int processId, string expectedName, int signal, ConsoleLog log, string source)
    {
        if (!Posix.IsAlive(processId) || !CommandLineOf(processId).Contains(expectedName, StringComparison.Ordinal))
        {
            return;
        }
        log.Write(source, $"stopping process {processId} left running by an earlier AppHost");
        Posix.Signal(processId, signal);
        var deadline = DateTime.UtcNow.AddSeconds(15);
        while (Posix.IsAlive(processId) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }
        if (Posix.IsAlive(processId))
        {
            Posix.Signal(processId, Posix.SigKill);
        }
    }

    private static string CommandLineOf(int processId)
    {
        try
        {
            return File.ReadAllText($"/proc/{processId}/cmdline").Replace('\0', ' ');
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }
}
