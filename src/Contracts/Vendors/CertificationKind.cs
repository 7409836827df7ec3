using System.Text.Json.Serialization;

namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>The certifications the registry knows by name; anything else is <see cref="Other"/> with a name of its own.</summary>
public enum CertificationKind
{
    [JsonStringEnumMemberName("iso-27001")]
    Iso27001,

    [JsonStringEnumMemberName("soc-2-type-ii")]
    Soc2TypeII,

    [JsonStringEnumMemberName("hitrust")]
    Hitrust,

    [JsonStringEnumMemberName("fedramp")]
    FedRamp,

    [JsonStringEnumMemberName("iso-42001")]
    Iso42001,

    [JsonStringEnumMemberName("other")]
    Other,
}
