using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;

namespace OutsourcingPortal.VendorRegistry.Api.Files;

/// <summary>Downloads: a file's bytes for whoever may see what it is attached to, always as an attachment, never sniffed.</summary>
public static class FilesEndpoints
{
    public static IEndpointRouteBuilder MapFilesEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGroup("/files").WithTags("Files")
            .MapGet("/{id:guid}", DownloadAsync).RequireAuthorization(AccessPolicies.RegistryReader);
        return routes;
    }

    private static async Task<Results<FileContentHttpResult, NotFound>> DownloadAsync(
        Guid id, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var file = await work.FindAsync(FileRecords.ObjectType, id, "download",
            "select file_name, content_type, content from files where id = $1",
            row => new StoredFile(row.GetString(0), row.GetString(1), row.GetFieldValue<byte[]>(2)), cancellationToken);
        await work.CommitAsync(cancellationToken);
        if (file is null)
        {
            return TypedResults.NotFound();
        }
        response.Headers.XContentTypeOptions = "nosniff";
        return TypedResults.File(file.Content, file.ContentType, file.FileName);
    }

    private sealed record StoredFile(string FileName, string ContentType, byte[] Content);
}
