using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace OutsourcingPortal.BuildingBlocks.Http;

/// <summary>A raw request body (a file, a CSV) read into memory, refusing to hold more than the endpoint allows.</summary>
public static class RequestBody
{
    /// <summary>The body's bytes, or null when it is longer than <paramref name="maxBytes"/> (which the caller answers with 413).</summary>
    public static async Task<byte[]?> ReadAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>The 413 problem for a body over <paramref name="maxBytes"/>.</summary>
    public static ProblemHttpResult TooLarge(string what, int maxBytes) => TypedResults.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: $"The {what} is too large.",
        detail: $"A {what} may be at most {maxBytes / (1024 * 1024)} MB.");
}
