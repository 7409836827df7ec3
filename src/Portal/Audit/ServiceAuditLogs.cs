using System.Globalization;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Audit;
using OutsourcingPortal.Portal.Gateway;

namespace OutsourcingPortal.Portal.Audit;

/// <summary>
/// Reads the four services' audit logs through the gateway as the signed-in org admin; each service filters by the
/// tenant in the token. A service that fails is reported as such, never as a failure of the whole page.
/// </summary>
public sealed class ServiceAuditLogs(GatewayApiClient gateway, ILogger<ServiceAuditLogs> logger)
{
    /// <summary>The services' route segments at the gateway (<c>/api/{segment}/audit-log</c>).</summary>
    public static readonly IReadOnlyList<string> Segments = ["assessment", "vendors", "engagements", "reporting"];

    public Task<AuditSourceResult[]> ReadAllAsync(AuditLogFilter filter, int limit, CancellationToken cancellationToken) =>
        Task.WhenAll(Segments.Select(segment => ReadAsync(segment, filter, limit, cancellationToken)));

    private async Task<AuditSourceResult> ReadAsync(string segment, AuditLogFilter filter, int limit, CancellationToken cancellationToken)
    {
        try
        {
            var page = await gateway.GetAsync<PagedResult<AuditEntryResponse>>(UrlFor(segment, filter, limit), cancellationToken);
            return AuditSourceResult.Read(segment, page.Items, page.Total);
        }
        catch (GatewayApiException exception)
        {
            logger.LogWarning("The {Service} audit log could not be read: {Status} {Problem}", segment, exception.StatusCode, exception.Problem.Title);
            var status = exception.StatusCode is { } code ? $"{(int)code}: " : string.Empty;
            return AuditSourceResult.Failed(segment, status + (exception.Problem.Detail ?? exception.Problem.Title));
        }
    }

    private static string UrlFor(string segment, AuditLogFilter filter, int limit)
    {
        var query = new List<string> { "page=1", "pageSize=" + limit.ToString(CultureInfo.InvariantCulture) };
        if (filter.Actor is { } actor)
        {
            query.Add("actor=" + actor.ToString("D"));
        }
        if (filter.ObjectId is { } objectId)
        {
            query.Add("objectId=" + objectId.ToString("D"));
        }
        if (filter.From is { } from)
        {
            query.Add("from=" + Uri.EscapeDataString(from.ToString("O", CultureInfo.InvariantCulture)));
        }
        if (filter.To is { } to)
        {
            query.Add("to=" + Uri.EscapeDataString(to.ToString("O", CultureInfo.InvariantCulture)));
        }
        return $"/api/{segment}/audit-log?{string.Join('&', query)}";
    }
}
