using Microsoft.AspNetCore.HttpOverrides;

namespace OutsourcingPortal.Portal.Gateway;

public static class BehindGatewayExtensions
{
    /// <summary>
    /// People reach the portal only through the gateway, which forwards the address they used in X-Forwarded-Host.
    /// ASPNETCORE_FORWARDEDHEADERS_ENABLED (set by the AppHost) honours only the client address and scheme; without the
    /// host too, every absolute redirect (sign-in, return URLs) would name the portal's own port, bypass the gateway,
    /// and be blocked by its Content-Security-Policy (form-action 'self'). The portal listens on loopback only, so the
    /// gateway is the only sender of these headers.
    /// </summary>
    public static IServiceCollection AddBehindGateway(this IServiceCollection services) =>
        services.Configure<ForwardedHeadersOptions>(options => options.ForwardedHeaders |= ForwardedHeaders.XForwardedHost);
}
