using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace OutsourcingPortal.Portal.Status;

/// <summary>
/// Reads the gateway's aggregated health report: the state of the whole system as seen from its front door.
/// </summary>
public sealed class GatewayHealthClient(HttpClient httpClient, ILogger<GatewayHealthClient> logger)
{
    private const string HealthPath = "/health";

    private static readonly JsonSerializerOptions ReportJson = new(JsonSerializerDefaults.Web)
    {
        // A body without a status or entries is not a health report: reject it instead of showing half a page.
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    /// <summary>
    /// Never throws for a broken or absent gateway; that is a normal answer on a status page.
    /// Only cancellation by <paramref name="cancellationToken"/> propagates.
    /// </summary>
    public async Task<GatewayHealthResult> CheckAsync(CancellationToken cancellationToken)
    {
        try
        {
            using var response = await httpClient.GetAsync(HealthPath, cancellationToken);

            // 503 is how the gateway says "not healthy"; its body is the same report as with 200, so read both.
            if (response.StatusCode is not (HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable))
            {
                return GatewayHealthResult.NotReceived(
                    $"The gateway answered {(int)response.StatusCode} {response.ReasonPhrase} instead of a health report.");
            }

            var report = await response.Content.ReadFromJsonAsync<GatewayHealthReport>(ReportJson, cancellationToken);
            return report is null
                ? GatewayHealthResult.NotReceived("The gateway sent an empty health report.")
                : GatewayHealthResult.Received(report);
        }
        catch (Exception exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Refused connections, timeouts, an unresolvable service name and unreadable JSON all mean the same
            // to the reader of the page: there is no report, and the message says why.
            logger.LogWarning(exception, "Could not read the gateway's health report");
            return GatewayHealthResult.NotReceived(exception.Message);
        }
    }
}
