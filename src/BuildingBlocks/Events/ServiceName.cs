using System.Text.Json;

namespace OutsourcingPortal.BuildingBlocks.Events;

public static class ServiceName
{
    private const string Product = "OutsourcingPortal.";
    private const string ApiSuffix = ".Api";

    /// <summary>
    /// A service's name in event streams and consumer groups, from its application (entry assembly) name:
    /// <c>OutsourcingPortal.VendorRegistry.Api</c> is <c>vendor-registry</c>, so it publishes to
    /// <c>events:vendor-registry</c>. The assembly name is the same under our AppHost, real Aspire and Kubernetes;
    /// <c>OTEL_SERVICE_NAME</c> is not used because a deployment may rename it for its telemetry, while other services
    /// keep reading the stream by its contract name (<see cref="Contracts.Events.EventStreams"/>).
    /// </summary>
    public static string FromApplicationName(string applicationName)
    {
        var name = applicationName.StartsWith(Product, StringComparison.Ordinal) ? applicationName[Product.Length..] : applicationName;
        name = name.EndsWith(ApiSuffix, StringComparison.Ordinal) ? name[..^ApiSuffix.Length] : name;
        return JsonNamingPolicy.KebabCaseLower.ConvertName(name.Replace(".", string.Empty, StringComparison.Ordinal));
    }
}
