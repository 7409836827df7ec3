using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.Portal.Gateway;

namespace OutsourcingPortal.Portal.Briefs;

/// <summary>The red flags of one submitted response, and their dismissal with a reason.</summary>
public sealed class RedFlagsApi(GatewayApiClient api)
{
    public Task<IReadOnlyList<ResponseRedFlag>> ListAsync(Guid briefId, Guid responseId, CancellationToken cancellationToken) =>
        api.GetAsync<IReadOnlyList<ResponseRedFlag>>(RedFlagsPath(briefId, responseId), cancellationToken);

    public async Task<RedFlagDismissal> DismissAsync(Guid briefId, Guid responseId, string flagKey, string reason, CancellationToken cancellationToken) =>
        (await api.SendAsync<RedFlagDismissal>(HttpMethod.Post, $"{RedFlagsPath(briefId, responseId)}/dismissals", new { flagKey, reason }, null, cancellationToken)).Value;

    private static string RedFlagsPath(Guid briefId, Guid responseId) => $"{BriefsApi.ResponsesPath(briefId)}/{responseId}/red-flags";
}
