namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>What the AI capability is to the business [002]: the answer options of <see cref="QuestionIds.Role"/>.</summary>
public enum StrategicRole
{
    CoreDifferentiator,
    ImportantNotDifferentiating,
    Commodity,
}
