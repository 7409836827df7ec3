namespace OutsourcingPortal.Hosting.Tests;

public static class ScratchDirectory
{
    /// <summary>
    /// A new empty folder under /tmp that the postgres user can reach: PostgreSQL runs as that user when the tests
    /// run as root, and a temporary folder is owner-only by default.
    /// </summary>
    public static string Create(string prefix)
    {
        var directory = Directory.CreateTempSubdirectory(prefix).FullName;
        File.SetUnixFileMode(directory, (UnixFileMode)Convert.ToInt32("755", 8));
        return directory;
    }
}
