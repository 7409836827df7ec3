namespace OutsourcingPortal.Hosting.Tests;

/// <summary>Where the repository and its build outputs are, found from the test's own location.</summary>
public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Shared => Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    /// <summary>The configuration the tests were built in (Debug or Release): the AppHost was built the same way.</summary>
    public static string Configuration => new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;

    public static string AppHostAssembly =>
        Path.Combine(Root, "AppHost", "bin", Configuration, "net10.0", "OutsourcingPortal.AppHost.dll");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "OutsourcingPortal.sln")))
            {
                return directory.FullName;
            }
        }
        throw new InvalidOperationException("OutsourcingPortal.sln was not found above " + AppContext.BaseDirectory);
    }
}
