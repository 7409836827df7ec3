using Microsoft.IdentityModel.Protocols;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using OutsourcingPortal.Contracts.Identity;

namespace OutsourcingPortal.Integration.Tests.Identity;

/// <summary>
/// Reads the portal's issuer metadata the way JwtBearer does (OpenIdConnectConfigurationRetriever: discovery, then the
/// JWKS at its jwks_uri). The APIs reach the portal as http://portal; a test reaches it through the gateway.
/// </summary>
public static class PortalIssuer
{
    public const string Issuer = "http://portal";

    public static Task<OpenIdConnectConfiguration> GetConfigurationAsync(HttpClient gateway) =>
        OpenIdConnectConfigurationRetriever.GetAsync(Issuer + PortalTokens.DiscoveryPath, new ThroughGateway(gateway), CancellationToken.None);

    private sealed class ThroughGateway(HttpClient gateway) : IDocumentRetriever
    {
        public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
        {
            Assert.StartsWith(Issuer + "/", address, StringComparison.Ordinal);
            return gateway.GetStringAsync(new Uri(address[Issuer.Length..], UriKind.Relative), cancel);
        }
    }
}
