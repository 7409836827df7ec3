namespace OutsourcingPortal.VendorRegistry.Api.Files;

/// <summary>
/// The client's file name as display text only: the last segment of any path, without control or reserved characters
/// and leading dots, at most 200 characters. It never names anything on a disk.
/// </summary>
public static class FileNames
{
    public const string Fallback = "file";
    private const int MaxLength = 200;

    public static string ToDisplayName(string? clientName)
    {
        var lastSegment = (clientName ?? "").Split('/', '\\').Last();
        var cleaned = new string([.. lastSegment.Where(character => !char.IsControl(character) && !"<>:\"|?*".Contains(character))])
            .Trim().TrimStart('.').Trim();
        if (cleaned.Length > MaxLength)
        {
            var extension = Path.GetExtension(cleaned);
            cleaned = extension.Length is > 0 and <= 10 ? cleaned[..(MaxLength - extension.Length)] + extension : cleaned[..MaxLength];
        }
        return cleaned.Length == 0 ? Fallback : cleaned;
    }
}
