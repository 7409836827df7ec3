using System.Text.Json;

namespace OutsourcingPortal.ServiceDefaults;

/// <summary>
/// Validation errors name fields as the client sent them (camelCase JSON), not as C# declares them. The framework
/// does not do this yet (dotnet/aspnetcore#61764), so the keys are converted, segment by segment for nested fields.
/// </summary>
public static class ValidationErrorKeys
{
    public static IDictionary<string, string[]> ToJsonNames(IDictionary<string, string[]> errors) =>
        errors
            .GroupBy(error => ToJsonName(error.Key), StringComparer.Ordinal)
            .ToDictionary(group => group.Key, group => group.SelectMany(error => error.Value).ToArray(), StringComparer.Ordinal);

    private static string ToJsonName(string key) =>
        string.Join('.', key.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
}
