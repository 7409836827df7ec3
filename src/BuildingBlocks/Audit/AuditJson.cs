using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutsourcingPortal.BuildingBlocks.Audit;

/// <summary>Before/after snapshots are stored as the API shows them: camelCase, kebab-case enums.</summary>
internal static class AuditJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
    };
}
