using System.Text.Json.Serialization;
using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>Who owns a component.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Ownership>))]
public enum Ownership
{
    Outsource,
    Keep,
    /// <summary>Outsourced at first, with ownership moving in house gradually.</summary>
    TransitionInHouse,
}
