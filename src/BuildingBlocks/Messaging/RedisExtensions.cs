using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace OutsourcingPortal.BuildingBlocks.Messaging;

public static class RedisExtensions
{
    /// <summary>
    /// Registers one shared <see cref="IConnectionMultiplexer"/> from <c>ConnectionStrings:{connectionName}</c>. It
    /// connects in the background and keeps retrying, so Redis being down slows the service but never stops it.
    /// </summary>
    public static IHostApplicationBuilder AddRedisConnection(this IHostApplicationBuilder builder, string connectionName)
    {
        var connectionString = builder.Configuration.GetRequiredConnectionString(connectionName);
        var options = ConfigurationOptions.Parse(connectionString);
        options.AbortOnConnectFail = false;
        builder.Services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(options));
        builder.Services.AddHealthChecks().AddCheck<RedisHealthCheck>("redis");
        return builder;
    }
}
