using System.Text.Json.Serialization;
using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>How an outside team is engaged [002][000].</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<EngagementModel>))]
public enum EngagementModel
{
    /// <summary>Specific skills for a defined period; the internal team leads. High control, high management burden, hourly.</summary>
    StaffAugmentation,
    /// <summary>Ongoing work with an evolving scope. Medium control and burden, monthly retainer.</summary>
    DedicatedTeam,
    /// <summary>A well-defined project with clear success criteria. Low control and burden, fixed price; risk: scope creep.</summary>
    ProjectBased,
    /// <summary>The full lifecycle including operations. Low control, the lowest burden, by contract.</summary>
    ManagedService,
}
