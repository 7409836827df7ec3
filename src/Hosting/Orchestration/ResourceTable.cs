using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutsourcingPortal.Hosting.Orchestration;

/// <summary>The resource table: printed for people, and written as <c>resources.json</c> for tools and tests.</summary>
internal static class ResourceTable
{
    public const string FileName = "resources.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Format(IEnumerable<ResourceSnapshot> resources)
    {
        var rows = resources.ToList();
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{"RESOURCE",-22}{"TYPE",-10}{"STATE",-10}URL");
        foreach (var row in rows)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"{row.Name,-22}{row.Type,-10}{row.State,-10}{row.Url}");
        }
        return text.ToString().TrimEnd();
    }

    public static void Write(string dataDirectory, IEnumerable<ResourceSnapshot> resources) =>
        OwnerOnlyFile.WriteAllText(Path.Combine(dataDirectory, FileName), JsonSerializer.Serialize(resources, Json));

    public static IReadOnlyList<ResourceSnapshot> Read(string dataDirectory)
    {
        var file = Path.Combine(dataDirectory, FileName);
        return File.Exists(file)
            ? JsonSerializer.Deserialize<List<ResourceSnapshot>>(File.ReadAllText(file), Json) ?? []
            : [];
    }
}
