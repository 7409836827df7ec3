using Microsoft.Extensions.DependencyInjection.Extensions;
using OutsourcingPortal.Portal.Gateway;

namespace OutsourcingPortal.Portal.Status;

public static class SystemStatusServiceExtensions
{
    // Shorter than a person's patience and comfortably longer than the gateway's own checks of the services.
    private static readonly TimeSpan HealthRequestTimeout = TimeSpan.FromSeconds(10);

    /// <summary>Registers what the system status page needs: the gateway health client and a clock.</summary>
    public static IServiceCollection AddSystemStatus(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        var gatewayHealth = services.AddHttpClient<GatewayHealthClient>(client =>
        {
            client.BaseAddress = GatewayApiExtensions.GatewayAddress;
            client.Timeout = HealthRequestTimeout;
        });

        // The standard retries would hold back a 503 or a refused connection for about 15 s. A health probe
        // must show what it sees now; the page polls again soon, which is retry enough.
        // The API is marked experimental (EXTEXP0001) but is the documented way to opt one client out.
#pragma warning disable EXTEXP0001
        gatewayHealth.RemoveAllResilienceHandlers();
#pragma warning restore EXTEXP0001

        return services;
    }
}
