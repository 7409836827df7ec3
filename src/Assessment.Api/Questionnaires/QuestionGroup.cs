using System.Text.Json.Serialization;

namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>
/// The sections of the questionnaire: the four readiness signals [000] first, then the decision factors of
/// domain.md §1.
/// </summary>
[JsonConverter(typeof(KebabCaseEnumConverter<QuestionGroup>))]
public enum QuestionGroup
{
    UseCaseClarity,
    DataReadiness,
    StakeholderAlignment,
    LeadershipSupport,
    Strategy,
    DataProtection,
    InternalCapability,
    Delivery,
    OperationsAndExit,
}
