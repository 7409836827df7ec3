using System.Text.Json;
using System.Text.Json.Serialization;

namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>
/// Writes and reads an enum in kebab-case (<c>dedicated-team</c>), the project's wire spelling, whatever serializer
/// options the caller uses: the same result is stored, published in events and returned by the API.
/// </summary>
internal sealed class KebabCaseEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(JsonNamingPolicy.KebabCaseLower, allowIntegerValues: false)
    where TEnum : struct, Enum;
