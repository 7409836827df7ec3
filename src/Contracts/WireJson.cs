using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutsourcingPortal.Contracts;

/// <summary>JSON as the APIs send it and events carry it: camelCase, kebab-case enums (<c>dedicated-team</c>), ISO-8601 dates.</summary>
public static class WireJson
{
    public static JsonSerializerOptions Options { get; } = Create();

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        };
        // Shared by every caller, so nobody may change it.
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
