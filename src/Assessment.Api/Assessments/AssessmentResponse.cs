using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;

namespace OutsourcingPortal.Assessment.Api.Assessments;

/// <summary>One assessment of an initiative: the answers so far and, once completed, the result and when.</summary>
public sealed record AssessmentResponse(
    Guid Id,
    Guid InitiativeId,
    AssessmentStatus Status,
    int QuestionnaireVersion,
    IReadOnlyDictionary<string, AnswerValue?> Answers,
    AssessmentResult? Result,
    DateTimeOffset? CompletedAt,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt)
{
    public AnswerSheet ToAnswerSheet() => new(QuestionnaireVersion, Answers);
}
