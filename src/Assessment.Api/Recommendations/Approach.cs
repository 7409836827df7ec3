using System.Text.Json.Serialization;
using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>How to go about the initiative.</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Approach>))]
public enum Approach
{
    InHouse,
    Outsource,
    Buy,
    /// <summary>Co-development: internal and external engineers build it together.</summary>
    Hybrid,
    /// <summary>Groundwork: the use case is too vague to decide; a discovery engagement clarifies it first.</summary>
    DiscoveryFirst,
    /// <summary>Groundwork: the data is not ready; a data strategy phase comes before any model.</summary>
    DataReadinessFirst,
}
