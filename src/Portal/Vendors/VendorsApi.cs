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
}
