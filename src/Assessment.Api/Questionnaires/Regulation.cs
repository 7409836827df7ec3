namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>Regulation that applies to the initiative's data [002]: the answer options of <see cref="QuestionIds.Regulations"/>.</summary>
public enum Regulation
{
    Gdpr,
    Ccpa,
    Hipaa,
    PciDss,
    Other,
}
