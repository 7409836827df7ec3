using System.IO.Compression;
using System.Text;

namespace OutsourcingPortal.VendorRegistry.Api.Files;

/// <summary>
/// What a file is, told by its content and nothing else: neither the client's file name nor its Content-Type counts.
/// PDF, PNG and JPEG by their signatures; Word and Excel documents are zip packages with their main part; plain text is
/// valid UTF-8 without control characters. Anything else is not accepted.
/// </summary>
public static class FileContentTypes
{
    public const string Pdf = "application/pdf";
    public const string Png = "image/png";
    public const string Jpeg = "image/jpeg";
    public const string Text = "text/plain";
    public const string Docx = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public const string Accepted = "PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) or plain UTF-8 text";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The media type of <paramref name="content"/>, or null when it is none of the accepted kinds.</summary>
    public static string? Detect(byte[] content) => content switch
    {
        [0x25, 0x50, 0x44, 0x46, 0x2D, ..] => Pdf,
        [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, ..] => Png,
        [0xFF, 0xD8, 0xFF, ..] => Jpeg,
        [0x50, 0x4B, 0x03, 0x04, ..] => OfficePackage(content),
        _ => IsPlainText(content) ? Text : null,
    };

    // Only the zip's directory is read, never an entry's content, so a zip bomb costs nothing.
    private static string? OfficePackage(byte[] content)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read);
            var names = zip.Entries.Select(entry => entry.FullName).ToHashSet(StringComparer.Ordinal);
            return !names.Contains("[Content_Types].xml") ? null
                : names.Contains("word/document.xml") ? Docx
                : names.Contains("xl/workbook.xml") ? Xlsx
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static bool IsPlainText(byte[] content)
    {
        try
        {
            return StrictUtf8.GetString(content).All(character => !char.IsControl(character) || character is '\t' or '\r' or '\n' or '\f');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
