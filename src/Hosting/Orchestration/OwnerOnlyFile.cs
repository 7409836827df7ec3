namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>Writes files that hold secrets so that only the owner can ever read them, not even briefly.</summary>
internal static class OwnerOnlyFile
{
    public static void WriteAllText(string path, string contents)
    {
        var temporary = path + ".tmp";
        using (var stream = new FileStream(temporary, new FileStreamOptions
        {
            Mode = FileMode.Create,
            Access = FileAccess.Write,
            UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite,
        }))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(contents);
        }
        File.Move(temporary, path, overwrite: true);
    }
}
