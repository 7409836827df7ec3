namespace OutsourcingPortal.Portal.Gateway;

public static class GatewayApiExtensions
{
    /// <summary>
    /// The gateway by its service name; service discovery (added to every HttpClient by the service defaults) resolves
    /// it from <c>services:gateway:http:0</c>, which the AppHost sets.
    /// </summary>
    public static readonly Uri GatewayAddress = new("http://gateway");

    public static IServiceCollection AddGatewayApi(this IServiceCollection services)
    {
        services.AddHttpClient<GatewayApiClient>(client => client.BaseAddress = GatewayAddress);
        services.AddHttpClient<GatewayDownloads>(client => client.BaseAddress = GatewayAddress);
        return services;
    }
}
