namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>Specialised skills an initiative may need [001][002]: the answer options of <see cref="QuestionIds.SkillsNeeded"/>.</summary>
public enum SpecialisedSkill
{
    ComputerVision,
    Nlp,
    Llm,
    Rpa,
    Mlops,
    DataEngineering,
}
