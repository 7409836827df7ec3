namespace OutsourcingPortal.Portal.Assessment;

/// <summary>A questionnaire version as the assessment API publishes it.</summary>
public sealed record QuestionnaireView(
    int Version,
    IReadOnlyList<QuestionView> Questions);
