using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.Portal.Gateway;
using OutsourcingPortal.Portal.Identity;

namespace OutsourcingPortal.Portal.Vendors;

/// <summary>
/// The registry's downloads as plain links for pages: certification evidence and the CSV export, fetched for the person
/// of the session (sign-in required; the API decides what they may read) and passed on as the API gave them.
/// </summary>
public static class VendorDownloadEndpoints
{
    public const string ExportPath = "downloads/vendors/export.csv";

    public static string FilePath(Guid fileId) => $"downloads/vendors/files/{fileId}";

    public static IEndpointRouteBuilder MapVendorDownloadEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var downloads = endpoints.MapGroup("/downloads/vendors").RequireAuthorization().ExcludeFromDescription();
        downloads.MapGet("/files/{id:guid}", DownloadFileAsync);
        downloads.MapGet("/export.csv", ExportAsync);
        return endpoints;
    }

    private static Task<Results<FileStreamHttpResult, NotFound, ForbidHttpResult, ProblemHttpResult>> DownloadFileAsync(
        Guid id, HttpContext context, GatewayDownloads downloads) =>
        downloads.ProxyAsync(SignedInPerson.Require(context.User), ApiRoutes.Item(ApiRoutes.VendorFiles, id), context.Response, context.RequestAborted);

    /// <summary>The registry's filters come along in the query string, as the search page has them.</summary>
    private static Task<Results<FileStreamHttpResult, NotFound, ForbidHttpResult, ProblemHttpResult>> ExportAsync(
        HttpContext context, GatewayDownloads downloads) =>
        downloads.ProxyAsync(SignedInPerson.Require(context.User), ApiRoutes.VendorExport + context.Request.QueryString,
            context.Response, context.RequestAborted);
}
