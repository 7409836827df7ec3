using System.Text.Json.Serialization;
using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// The go/no-go gates [001] (after the proof of concept, the first production-ready model and staging), and the
/// re-assessment after groundwork.
/// </summary>
[JsonConverter(typeof(KebabCaseEnumConverter<GateKind>))]
public enum GateKind
{
    AfterDiscovery,
    AfterDataReadiness,
    AfterProofOfConcept,
    AfterFirstProductionReadyModel,
    AfterStaging,
}
