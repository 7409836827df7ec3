namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>
/// The answers given to one questionnaire version, by question id. A draft may leave questions out; a null answer
/// counts as no answer, so a draft can clear a question.
/// </summary>
public sealed record AnswerSheet(int QuestionnaireVersion, IReadOnlyDictionary<string, AnswerValue?> Answers)
{
    internal AnswerValue? Find(string questionId) => Answers.GetValueOrDefault(questionId);
}
