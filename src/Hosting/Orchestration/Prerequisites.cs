namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>Finds the locally installed server binaries the AppHost starts, or says exactly what to install.</summary>
internal static class Prerequisites
{
    private const string PostgresInstallHint =
        "install PostgreSQL server binaries (Debian: apt-get install -y postgresql) or set ConnectionStrings__postgres to an existing server";

    public static string FindExecutable(string name, string installHint) =>
        SearchPath(name) ?? throw new MissingPrerequisiteException($"'{name}' was not found on PATH: {installHint}.");

    /// <summary>PostgreSQL's server tools are not on PATH on Debian; the newest installed major version wins.</summary>
    public static string FindPostgresBinDirectory()
    {
        var onPath = SearchPath("initdb");
        if (onPath is not null)
        {
            return Path.GetDirectoryName(onPath)!;
        }
        const string debianRoot = "/usr/lib/postgresql";
        var candidate = Directory.Exists(debianRoot)
            ? Directory.GetDirectories(debianRoot)
                .Select(directory => Path.Combine(directory, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "initdb")) && File.Exists(Path.Combine(bin, "postgres")))
                .OrderByDescending(bin => int.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), out var major) ? major : 0)
                .FirstOrDefault()
            : null;
        return candidate ?? throw new MissingPrerequisiteException($"PostgreSQL's initdb and postgres were not found: {PostgresInstallHint}.");
    }

    private static string? SearchPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);
}
