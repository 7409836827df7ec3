using System.Globalization;
using System.Text.Json;
using OutsourcingPortal.Contracts.Events;
using StackExchange.Redis;

namespace OutsourcingPortal.BuildingBlocks.Events;

/// <summary>
/// An envelope as a stream entry: one field per envelope member, named as in its JSON, so a consumer can route on
/// <c>type</c> and <c>version</c> without parsing <c>data</c>. The entry's own id is the one Redis assigns.
/// </summary>
internal static class EventStreamEntry
{
    private static readonly JsonSerializerOptions ActorJson = new(JsonSerializerDefaults.Web);

    public static NameValueEntry[] ToFields(EventEnvelope envelope) =>
    [
        new("id", envelope.Id.ToString()),
        new("type", envelope.Type),
        new("version", envelope.Version),
        new("occurredAt", envelope.OccurredAt.ToString("O", CultureInfo.InvariantCulture)),
        new("tenantId", envelope.TenantId.ToString()),
        new("actor", JsonSerializer.Serialize(envelope.Actor, ActorJson)),
        new("data", envelope.Data.GetRawText()),
    ];

    /// <exception cref="FormatException">The entry is not an event envelope.</exception>
    public static EventEnvelope FromFields(NameValueEntry[] fields)
    {
        try
        {
            var values = fields.ToDictionary(field => field.Name.ToString(), field => field.Value.ToString(), StringComparer.Ordinal);
            return new EventEnvelope(
                Guid.Parse(values["id"]),
                values["type"],
                int.Parse(values["version"], CultureInfo.InvariantCulture),
                DateTimeOffset.Parse(values["occurredAt"], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind),
                Guid.Parse(values["tenantId"]),
                JsonSerializer.Deserialize<EventActor>(values["actor"], ActorJson) ?? throw new FormatException("The entry names no actor."),
                JsonSerializer.Deserialize<JsonElement>(values["data"]));
        }
        catch (Exception exception) when (exception is KeyNotFoundException or ArgumentException or JsonException or OverflowException)
        {
            throw new FormatException("The stream entry is not an event envelope.", exception);
        }
    }
}
