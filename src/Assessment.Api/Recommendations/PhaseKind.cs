using System.Text.Json.Serialization;
using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>The phases of an AI initiative [000][001][002].</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<PhaseKind>))]
public enum PhaseKind
{
    Discovery,
    DataReadiness,
    ProofOfConcept,
    Development,
    Hardening,
    Transition,
}
