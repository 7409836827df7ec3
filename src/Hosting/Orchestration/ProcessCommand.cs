namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>
/// How a child is launched: in a session of its own (so a terminal's Ctrl-C reaches the AppHost alone and it
/// can stop children in order), and under the postgres user where a server refuses to run as root.
/// </summary>
internal sealed record ProcessCommand(string FileName, IReadOnlyList<string> Arguments)
{
    public const string PostgresUser = "postgres";

    public static ProcessCommand Detached(string fileName, IEnumerable<string> arguments) =>
        new("setsid", [fileName, .. arguments]);

    public static ProcessCommand AsPostgresUser(string fileName, IEnumerable<string> arguments) =>
        Posix.IsRoot
            ? new("setpriv", [$"--reuid={PostgresUser}", $"--regid={PostgresUser}", "--init-groups", "--", fileName, .. arguments])
            : new(fileName, [.. arguments]);

    public ProcessCommand DetachedFromSession() => Detached(FileName, Arguments);

    /// <summary>Runs to completion and returns the exit code and combined output, for short set-up tools.</summary>
    public async Task<(int ExitCode, string Output)> RunAsync(CancellationToken cancellationToken)
    {
        var startInfo = new System.Diagnostics.ProcessStartInfo(FileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in Arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }
        using var process = System.Diagnostics.Process.Start(startInfo)!;
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        return (process.ExitCode, (await output + await error).Trim());
    }
}
