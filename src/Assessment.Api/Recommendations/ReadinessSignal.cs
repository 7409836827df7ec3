using System.Text.Json.Serialization;
using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>The four readiness signals [000]: all four present means outsourcing is likely viable.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<ReadinessSignal>))]
public enum ReadinessSignal
{
    /// <summary>A clearly defined use case with a measurable success metric.</summary>
    UseCaseClarity,
    /// <summary>Data that is accessible, lawfully, and of sufficient quality.</summary>
    DataReadiness,
    /// <summary>Internal stakeholder alignment on what the system should do.</summary>
    StakeholderAlignment,
    /// <summary>Leadership support for the governance production AI needs.</summary>
    LeadershipSupport,
}
