namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>Whether answers are saved as a draft, which may be partial, or submitted to complete the assessment.</summary>
public enum ValidationMode
{
    Draft,
    Completion,
}
