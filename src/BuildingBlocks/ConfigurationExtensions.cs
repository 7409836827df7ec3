using Microsoft.Extensions.Configuration;

namespace OutsourcingPortal.BuildingBlocks;

public static class ConfigurationExtensions
{
    /// <summary>A connection string the service cannot run without; the message says how it is normally given.</summary>
    public static string GetRequiredConnectionString(this IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name)
        ?? throw new InvalidOperationException(
            $"ConnectionStrings:{name} is not configured: start the service from the AppHost or set ConnectionStrings__{name}.");
}
