namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>How sensitive the initiative's data is, least to most: the answer options of <see cref="QuestionIds.Sensitivity"/>.</summary>
public enum DataSensitivity
{
    Public,
    Internal,
    Confidential,
    HighlySensitive,
}
