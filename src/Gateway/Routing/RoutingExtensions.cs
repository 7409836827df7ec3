using Yarp.ReverseProxy.ServiceDiscovery;

namespace OutsourcingPortal.Gateway.Routing;

public static class RoutingExtensions
{
    /// <summary>Routes and clusters come from the <c>ReverseProxy</c> section; cluster addresses are service names.</summary>
    public static IHostApplicationBuilder AddGatewayRouting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddReverseProxy().LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"));
        builder.Services.AddSingleton<IDestinationResolver, ServiceDiscoveryDestinationResolver>();
        return builder;
    }
}
