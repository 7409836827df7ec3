using System.Net.Http.Headers;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.Portal.Gateway;

namespace OutsourcingPortal.Portal.Vendors;

/// <summary>The vendor registry API as the portal's pages use it, through the gateway as the signed-in person.</summary>
public sealed class VendorsApi(GatewayApiClient api)
{
    public static string CertificationsPath(Guid vendorId) => $"{ApiRoutes.Vendors}/{vendorId}/certifications";

    private static string NotesPath(Guid vendorId) => $"{ApiRoutes.Vendors}/{vendorId}/notes";

    /// <summary>The organization's own notes on the vendor, with their version (none before anyone wrote them).</summary>
    public Task<(VendorNotesResponse Value, string? ETag)> NotesAsync(Guid vendorId, CancellationToken cancellationToken) =>
        api.SendAsync<VendorNotesResponse>(HttpMethod.Get, NotesPath(vendorId), null, null, cancellationToken);

    public Task<(VendorNotesResponse Value, string? ETag)> SaveNotesAsync(
        Guid vendorId, int? rating, string? notes, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<VendorNotesResponse>(HttpMethod.Put, NotesPath(vendorId), new { rating, notes }, etag, cancellationToken);

    /// <summary>A vendor's whole profile with its version, for editing.</summary>
    public Task<(VendorResponse Value, string? ETag)> ProfileAsync(Guid vendorId, CancellationToken cancellationToken) =>
        api.SendAsync<VendorResponse>(HttpMethod.Get, ApiRoutes.Item(ApiRoutes.Vendors, vendorId), null, null, cancellationToken);

    /// <summary>Replaces the profile, only on the version <paramref name="etag"/> names.</summary>
    public Task<(VendorResponse Value, string? ETag)> SaveProfileAsync(VendorResponse profile, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<VendorResponse>(HttpMethod.Put, ApiRoutes.Item(ApiRoutes.Vendors, profile.Id), profile, etag, cancellationToken);

    public async Task<CertificationResponse> AddCertificationAsync(Guid vendorId, object certification, CancellationToken cancellationToken) =>
        (await api.SendAsync<CertificationResponse>(HttpMethod.Post, CertificationsPath(vendorId), certification, null, cancellationToken)).Value;

    public Task<(CertificationResponse Value, string? ETag)> CertificationAsync(Guid id, CancellationToken cancellationToken) =>
        api.SendAsync<CertificationResponse>(HttpMethod.Get, ApiRoutes.Item(ApiRoutes.Certifications, id), null, null, cancellationToken);

    public Task<(CertificationResponse Value, string? ETag)> SaveCertificationAsync(
        Guid id, object certification, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<CertificationResponse>(HttpMethod.Put, ApiRoutes.Item(ApiRoutes.Certifications, id), certification, etag, cancellationToken);

    /// <summary>Adds an evidence file, its content as the raw body; the API tells its type from the content.</summary>
    public Task<FileResponse> UploadEvidenceAsync(Guid certificationId, Stream content, string fileName, CancellationToken cancellationToken) =>
        api.PostContentAsync<FileResponse>(
            $"{ApiRoutes.Item(ApiRoutes.Certifications, certificationId)}/evidence?fileName={Uri.EscapeDataString(fileName)}",
            Raw(content, "application/octet-stream"), cancellationToken);

    /// <summary>Starts a background import of a CSV file (the host operator's).</summary>
    public Task<VendorImportResponse> StartImportAsync(Stream csv, CancellationToken cancellationToken) =>
        api.PostContentAsync<VendorImportResponse>(ApiRoutes.VendorImports, Raw(csv, "text/csv"), cancellationToken);

    public Task<VendorImportResponse> ImportAsync(Guid id, CancellationToken cancellationToken) =>
        api.GetAsync<VendorImportResponse>(ApiRoutes.Item(ApiRoutes.VendorImports, id), cancellationToken);

    /// <summary>An upload's body: the content as it is.</summary>
    internal static StreamContent Raw(Stream content, string mediaType) =>
        new(content) { Headers = { ContentType = new MediaTypeHeaderValue(mediaType) } };
}
