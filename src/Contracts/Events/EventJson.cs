using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutsourcingPortal.Contracts.Events;

/// <summary>Event data travels as the APIs write JSON: camelCase, kebab-case enums, ISO-8601 dates.</summary>
internal static class EventJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
