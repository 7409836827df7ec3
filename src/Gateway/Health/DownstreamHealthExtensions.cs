namespace OutsourcingPortal.Gateway.Health;

public static class DownstreamHealthExtensions
{
    public const string HttpClientName = "downstream-health";

    /// <summary>
    /// The gateway's <c>/health</c> reports every service it routes to, one check per cluster destination, so one
    /// call shows the state of the whole system.
    /// </summary>
    public static IHostApplicationBuilder AddDownstreamHealthChecks(this IHostApplicationBuilder builder)
    {
        builder.Services.AddHttpClient(HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(5));
        var checks = builder.Services.AddHealthChecks();
        var addresses = builder.Configuration.GetSection("ReverseProxy:Clusters").GetChildren()
            .SelectMany(cluster => cluster.GetSection("Destinations").GetChildren())
            .Select(destination => destination["Address"])
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase);
        foreach (var address in addresses)
        {
            var service = new Uri(address);
            checks.AddTypeActivatedCheck<DownstreamHealthCheck>(service.Host, args: [service]);
        }
        return builder;
    }
}
