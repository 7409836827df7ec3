using OutsourcingPortal.Contracts.Events;
using StackExchange.Redis;

namespace OutsourcingPortal.BuildingBlocks.Events;

/// <summary>
/// Adds an event to a stream once, however often it is asked to.
/// </summary>
/// <remarks>
/// The relay records an event as published in PostgreSQL only after Redis has taken it, and between the two it can
/// fail: a lost connection, a crash, a commit that does not happen. The event then stays unpublished and is sent again.
/// So one Lua script, which Redis runs atomically, adds the entry and remembers its id under a key of the event's own;
/// a second attempt finds the key and returns the same entry id without adding anything. The key lives for
/// <see cref="EventRelayOptions.PublishedMarkerLifetime"/>, far beyond the gap it covers. Entry and key are saved and
/// lost together, since one script wrote both. Rejected instead: XADD with an id taken from the outbox sequence, which
/// Redis refuses as "smaller than the top item" whenever an event's transaction commits after a later-numbered one was
/// already sent, losing it; and marking the row before adding in the same transaction, which only moves the gap to
/// the commit. The stream and the key sit in different hash slots, which one Redis server (what the AppHost runs)
/// allows and a Redis Cluster would not.
/// </remarks>
internal static class EventStreamPublisher
{
    private const string AddOnceScript =
        """
        local published = redis.call('GET', KEYS[2])
        if published then
            return published
        end
        local entry = redis.call('XADD', KEYS[1], '*', unpack(ARGV, 2))
        redis.call('SET', KEYS[2], entry, 'EX', ARGV[1])
        return entry
        """;

    /// <returns>The stream entry id: the new entry's, or the one the event was given before.</returns>
    public static async Task<string> AddOnceAsync(IDatabaseAsync redis, string stream, EventEnvelope envelope, TimeSpan markerLifetime)
    {
        var fields = EventStreamEntry.ToFields(envelope);
        var arguments = new List<RedisValue>(1 + 2 * fields.Length) { (long)markerLifetime.TotalSeconds };
        foreach (var field in fields)
        {
            arguments.Add(field.Name);
            arguments.Add(field.Value);
        }
        var entryId = await redis.ScriptEvaluateAsync(AddOnceScript, [stream, PublishedMarkerKey(envelope)], [.. arguments]);
        return entryId.ToString();
    }

    /// <summary>Like every Redis key of the product, it starts with the tenant.</summary>
    private static string PublishedMarkerKey(EventEnvelope envelope) => $"t:{envelope.TenantId}:event-published:{envelope.Id}";
}
