using System.Net;
using Microsoft.Extensions.ServiceDiscovery;
using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.ServiceDiscovery;

namespace OutsourcingPortal.Gateway.Routing;

/// <summary>
/// Turns a destination written as a service name (<c>http://assessment-api</c>) into the addresses service discovery
/// knows for it (from <c>services__assessment-api__http__0</c> here, DNS in a cluster). This is what
/// Microsoft.Extensions.ServiceDiscovery.Yarp does; that package is not served to this build.
/// </summary>
internal sealed class ServiceDiscoveryDestinationResolver(ServiceEndpointResolver resolver) : IDestinationResolver
{
    public async ValueTask<ResolvedDestinationCollection> ResolveDestinationsAsync(
        IReadOnlyDictionary<string, DestinationConfig> destinations, CancellationToken cancellationToken)
    {
        var resolved = new Dictionary<string, DestinationConfig>();
        var changeTokens = new List<Microsoft.Extensions.Primitives.IChangeToken>();
        foreach (var (name, destination) in destinations)
        {
            var serviceUri = new Uri(destination.Address);
            var source = await resolver.GetEndpointsAsync(destination.Address, cancellationToken);
            changeTokens.Add(source.ChangeToken);
            var index = 0;
            foreach (var endpoint in source.Endpoints)
            {
                var address = ToAddress(serviceUri, endpoint.EndPoint);
                resolved[source.Endpoints.Count == 1 ? name : $"{name}[{index++}]"] = destination with { Address = address.ToString() };
            }
        }
        return new ResolvedDestinationCollection(resolved, new Microsoft.Extensions.Primitives.CompositeChangeToken(changeTokens));
    }

    private static Uri ToAddress(Uri serviceUri, EndPoint endPoint) => endPoint switch
    {
        UriEndPoint uri => uri.Uri,
        IPEndPoint ip => new UriBuilder(serviceUri) { Host = ip.Address.ToString(), Port = ip.Port }.Uri,
        DnsEndPoint dns => new UriBuilder(serviceUri) { Host = dns.Host, Port = dns.Port }.Uri,
        _ => throw new InvalidOperationException($"Service discovery returned an endpoint of unknown kind: {endPoint}."),
    };
}
