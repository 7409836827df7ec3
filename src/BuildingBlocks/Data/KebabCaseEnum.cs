using System.Text.Json;
using OutsourcingPortal.Contracts;

namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>
/// Enums are stored as they travel on the wire, in kebab-case (<c>dedicated-team</c>, or a member's own
/// <c>JsonStringEnumMemberName</c> such as <c>iso-27001</c>), so a row reads like the API. The wire JSON is the one
/// spelling, so the two cannot drift apart.
/// </summary>
public static class KebabCaseEnum
{
    public static string ToText<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonSerializer.Serialize(value, WireJson.Options).Trim('"');

    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        TryParse<TEnum>(text, out var value) ? value : throw new ArgumentException($"'{text}' is not a {typeof(TEnum).Name}.", nameof(text));

    /// <summary>Only the exact wire spelling: no numbers, no other case.</summary>
    public static bool TryParse<TEnum>(string text, out TEnum value) where TEnum : struct, Enum
    {
        value = default;
        if (text.Length == 0 || char.IsDigit(text[0]) || text[0] == '-')
        {
            return false;
        }
        try
        {
            value = JsonSerializer.Deserialize<TEnum>(JsonSerializer.Serialize(text), WireJson.Options);
            return ToText(value) == text;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    /// <summary>Every value's wire spelling, for messages and check constraints.</summary>
    public static IReadOnlyList<string> Names<TEnum>() where TEnum : struct, Enum => [.. Enum.GetValues<TEnum>().Select(ToText)];
}
