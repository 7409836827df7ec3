using System.Globalization;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.Portal.Vendors;

/// <summary>How the registry's values read on a page: enum values as words, certification states with a symbol and words.</summary>
public static class VendorText
{
    /// <summary>Every value of an enum as the API spells it (for filters) and as words (for people).</summary>
    public static IEnumerable<(string Value, string Words)> Choices<TEnum>() where TEnum : struct, Enum =>
        Enum.GetValues<TEnum>().Select(value => (KebabCaseEnum.ToText(value), Words(value)));

    public static string Words<TEnum>(TEnum value) where TEnum : struct, Enum => (object)value switch
    {
        VendorCapability.Mlops => "MLOps",
        VendorCapability.Nlp => "NLP",
        VendorCapability.LlmGenai => "LLM / GenAI",
        VendorCapability.Rpa => "RPA",
        CertificationKind.Iso27001 => "ISO 27001",
        CertificationKind.Soc2TypeII => "SOC 2 Type II",
        CertificationKind.Hitrust => "HITRUST",
        CertificationKind.FedRamp => "FedRAMP",
        CertificationKind.Iso42001 => "ISO 42001",
        _ => CultureInfo.InvariantCulture.TextInfo.ToTitleCase(KebabCaseEnum.ToText(value).Replace('-', ' ')),
    };

    public static string List<TEnum>(IEnumerable<TEnum> values) where TEnum : struct, Enum =>
        OrNone(string.Join(", ", values.Select(Words)));

    public static string OrNone(string? text) => string.IsNullOrWhiteSpace(text) ? "Not stated" : text;

    /// <summary>A certification's state in words, with a symbol, so colour is never the only signal.</summary>
    public static (string Symbol, string Words) Status(CertificationResponse certification) => (Symbol(certification.Status), certification.Status switch
    {
        CertificationStatus.Valid => $"Valid until {Date(certification.ExpiresOn)}",
        CertificationStatus.ExpiringSoon => $"Expires soon, on {Date(certification.ExpiresOn)}",
        CertificationStatus.Expired => $"Expired on {Date(certification.ExpiresOn)}",
        _ => $"Not valid before {Date(certification.IssuedOn)}",
    });

    public static string Symbol(CertificationStatus status) => status switch
    {
        CertificationStatus.Valid => "✔",
        CertificationStatus.ExpiringSoon => "⚠",
        CertificationStatus.Expired => "✖",
        _ => "…",
    };

    /// <summary>The class that colours a certification's state (after its symbol and words).</summary>
    public static string StatusClass(CertificationStatus status) => $"certification certification--{status.ToString().ToLowerInvariant()}";

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} bytes",
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
    };

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
