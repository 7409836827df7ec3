using OutsourcingPortal.Contracts.Events;
using StackExchange.Redis;

namespace OutsourcingPortal.Integration.Tests.Briefs;

/// <summary>The VendorAwarded entries of one brief on the vendor registry's stream, as other services will read them.</summary>
public static class AwardEvents
{
    public static async Task<List<StreamEntry>> OfBriefAsync(ConnectionMultiplexer redis, object brief) =>
        [.. (await redis.GetDatabase().StreamRangeAsync(EventStreams.VendorRegistry))
            .Where(entry => (string?)entry["type"] == "VendorAwarded" && ((string?)entry["data"])?.Contains($"{brief}", StringComparison.Ordinal) == true)];
}
