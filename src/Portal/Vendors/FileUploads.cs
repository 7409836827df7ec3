using System.Net;
using Microsoft.AspNetCore.Components.Forms;
using OutsourcingPortal.Portal.Gateway;

namespace OutsourcingPortal.Portal.Vendors;

/// <summary>
/// Files sent to the vendor registry (certification evidence, attachments to answers): its limit, checked here first
/// so a large file is not sent for nothing, and its refusals in words. The API tells the kind from the content.
/// </summary>
public static class FileUploads
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public const string Accepted = "PDF, PNG, JPEG, Word .docx, Excel .xlsx or plain text; at most 10 MB";

    private const string TooLargeWords = "is larger than 10 MB, the most a file may be.";

    /// <summary>Why <paramref name="file"/> is not sent at all, or null.</summary>
    public static string? TooLarge(IBrowserFile file) => file.Size > MaxBytes ? NotAdded(file.Name, TooLargeWords) : null;

    /// <summary>Why the API did not take the file, for people.</summary>
    public static string Refused(string fileName, GatewayApiException exception) => NotAdded(fileName, exception.StatusCode switch
    {
        HttpStatusCode.RequestEntityTooLarge => TooLargeWords,
        HttpStatusCode.UnsupportedMediaType => "is not a kind of file the registry accepts. Its type is told from its content, not its name: " +
            "upload a PDF, PNG, JPEG, Word (.docx), Excel (.xlsx) or plain text file.",
        HttpStatusCode.UnprocessableEntity => "is empty.",
        _ => $"could not be stored. {exception.Words}",
    });

    private static string NotAdded(string fileName, string why) => $"{fileName} was not added: it {why}";
}
