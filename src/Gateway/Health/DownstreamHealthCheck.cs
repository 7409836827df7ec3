using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace OutsourcingPortal.Gateway.Health;

/// <summary>Asks one downstream service for its own <c>/health</c>, through service discovery.</summary>
internal sealed class DownstreamHealthCheck(IHttpClientFactory httpClientFactory, Uri service) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            using var client = httpClientFactory.CreateClient(DownstreamHealthExtensions.HttpClientName);
            using var response = await client.GetAsync(new Uri(service, "/health"), cancellationToken);
            return response.IsSuccessStatusCode
                ? HealthCheckResult.Healthy($"{service.Host} reports healthy")
                : HealthCheckResult.Unhealthy($"{service.Host} reports {(int)response.StatusCode} {response.ReasonPhrase}");
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            return HealthCheckResult.Unhealthy($"{service.Host} cannot be reached: {exception.Message}");
        }
    }
}
