using System.Text.Json;

namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>Enums are stored as they travel on the wire, in kebab-case (<c>dedicated-team</c>), so a row reads like the API.</summary>
public static class KebabCaseEnum
{
    public static string ToText<TEnum>(TEnum value) where TEnum : struct, Enum =>
        JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());

    public static TEnum Parse<TEnum>(string text) where TEnum : struct, Enum =>
        Enum.Parse<TEnum>(text.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true);
}
