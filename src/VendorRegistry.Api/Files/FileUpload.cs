using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Http;

namespace OutsourcingPortal.VendorRegistry.Api.Files;

/// <summary>
/// A file sent as the raw request body, read into memory up to <see cref="MaxBytes"/> and accepted only when its content
/// is one of <see cref="FileContentTypes"/>. The gateway lets upload routes through with this same limit. Endpoints read
/// it with no unit of work open: they find what it is for first (404 before a byte is read), then store it in a new one.
/// </summary>
public sealed record FileUpload(byte[] Content, string ContentType, string FileName)
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <summary>The upload, or the problem with it: 413 too large, 422 empty, 415 not an accepted kind of file.</summary>
    public static async Task<(FileUpload? Upload, ProblemHttpResult? Problem)> ReadAsync(
        HttpRequest request, string? clientFileName, CancellationToken cancellationToken)
    {
        if (await RequestBody.ReadAsync(request, MaxBytes, cancellationToken) is not { } content)
        {
            return (null, RequestBody.TooLarge("file", MaxBytes));
        }
        if (content.Length == 0)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "The file is empty.", detail: "Send the file's content as the request body."));
        }
        if (FileContentTypes.Detect(content) is not { } contentType)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "This kind of file is not accepted.",
                detail: $"Upload {FileContentTypes.Accepted}. The type is told from the content, not the name."));
        }
        return (new FileUpload(content, contentType, FileNames.ToDisplayName(clientFileName)), null);
    }
}
