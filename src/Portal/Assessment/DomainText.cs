using System.Globalization;
using System.Text.Json;

namespace OutsourcingPortal.Portal.Assessment;

/// <summary>The API's kebab-case values and answers as a sentence reads them.</summary>
public static class DomainText
{
    // Amounts are in US dollars, as the domain's figures are, whatever the server's culture.
    private static readonly CultureInfo Dollars = CultureInfo.GetCultureInfo("en-US");

    private static readonly Dictionary<string, string> Special = new(StringComparer.Ordinal)
    {
        ["in-house"] = "Build in house",
        ["outsource"] = "Outsource",
        ["buy"] = "Buy off the shelf",
        ["hybrid"] = "Hybrid: co-develop with a partner",
        ["discovery-first"] = "Discovery first",
        ["data-readiness-first"] = "Data readiness first",
        ["staff-augmentation"] = "staff augmentation",
        ["dedicated-team"] = "a dedicated team",
        ["project-based"] = "a project-based engagement",
        ["managed-service"] = "a managed service",
        ["transition-in-house"] = "Outsource, then bring in house",
        ["mlops-setup"] = "MLOps setup",
        ["proof-of-concept"] = "Proof of concept",
    };

    /// <summary><c>data-readiness-first</c> → "Data readiness first".</summary>
    public static string Words(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }
        if (Special.TryGetValue(value, out var special))
        {
            return special;
        }
        var words = value.Replace('-', ' ');
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    /// <summary><c>useCaseClarity</c> → "Use case clarity".</summary>
    public static string Humanize(string camelCase)
    {
        var words = string.Concat(camelCase.Select(letter => char.IsUpper(letter) ? " " + char.ToLowerInvariant(letter) : letter.ToString()));
        return words.Length == 0 ? words : char.ToUpperInvariant(words[0]) + words[1..];
    }

    public static string Money(decimal amount) => amount.ToString("C0", Dollars);

    public static string Answer(JsonElement answer) => answer.ValueKind switch
    {
        JsonValueKind.True => "yes",
        JsonValueKind.False => "no",
        JsonValueKind.Array => answer.GetArrayLength() == 0 ? "none" : string.Join(", ", answer.EnumerateArray().Select(item => Words(item.GetString()))),
        JsonValueKind.String => Words(answer.GetString()),
        _ => answer.ToString(),
    };
}
