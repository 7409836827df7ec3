using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.Portal.Gateway;
using OutsourcingPortal.Portal.Vendors;

namespace OutsourcingPortal.Portal.Briefs;

/// <summary>A vendor's side of briefs: its invitations, its response to each, and its clarification questions.</summary>
public sealed class InvitationsApi(GatewayApiClient api)
{
    public Task<VendorInvitationResponse> GetAsync(Guid id, CancellationToken cancellationToken) =>
        api.GetAsync<VendorInvitationResponse>(ApiRoutes.Item(ApiRoutes.Invitations, id), cancellationToken);

    /// <summary>The vendor's response and its ETag, or none before its first draft is saved.</summary>
    public Task<(VendorResponseToBrief? Value, string? ETag)> ResponseAsync(Guid id, CancellationToken cancellationToken) =>
        api.FindAsync<VendorResponseToBrief>(ResponsePath(id), cancellationToken);

    /// <summary>Saves the whole answer sheet as the draft: the first save has no ETag, later ones the one last read.</summary>
    public Task<(VendorResponseToBrief Value, string? ETag)> SaveAsync(
        Guid id, int questionnaireVersion, IReadOnlyDictionary<string, string?> answers, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<VendorResponseToBrief>(HttpMethod.Put, ResponsePath(id), new { questionnaireVersion, answers }, etag, cancellationToken);

    public Task<(VendorResponseToBrief Value, string? ETag)> SubmitAsync(Guid id, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<VendorResponseToBrief>(HttpMethod.Post, $"{ResponsePath(id)}/submit", null, etag, cancellationToken);

    /// <summary>Attaches a file to the answer of a question of the draft, its content as the raw body; the API tells its type from the content.</summary>
    public Task<FileResponse> AttachAsync(Guid id, string questionId, Stream content, string fileName, CancellationToken cancellationToken) =>
        api.PostContentAsync<FileResponse>(
            $"{AttachmentsPath(id)}?questionId={Uri.EscapeDataString(questionId)}&fileName={Uri.EscapeDataString(fileName)}",
            VendorsApi.Raw(content, "application/octet-stream"), cancellationToken);

    public Task RemoveAttachmentAsync(Guid id, Guid fileId, CancellationToken cancellationToken) =>
        api.SendAsync(HttpMethod.Delete, $"{AttachmentsPath(id)}/{fileId}", cancellationToken);

    public async Task AskAsync(Guid id, string question, CancellationToken cancellationToken) =>
        await api.SendAsync<ClarificationResponse>(HttpMethod.Post, ClarificationsPath(id), new { question }, null, cancellationToken);

    public static string ClarificationsPath(Guid id) => $"{ApiRoutes.Item(ApiRoutes.Invitations, id)}/clarifications";

    private static string ResponsePath(Guid id) => $"{ApiRoutes.Item(ApiRoutes.Invitations, id)}/response";

    private static string AttachmentsPath(Guid id) => $"{ResponsePath(id)}/attachments";
}
