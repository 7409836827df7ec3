namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>
/// A versioned questionnaire. A published version never changes, so answers given to it stay readable; a change
/// of questions is a new version.
/// </summary>
public sealed record Questionnaire(int Version, IReadOnlyList<Question> Questions)
{
    public static Questionnaire Version1 { get; } = QuestionnaireVersion1.Create();

    /// <summary>The version new assessments are answered with.</summary>
    public static Questionnaire Current => Version1;

    /// <summary>Every published version, oldest first.</summary>
    public static IReadOnlyList<Questionnaire> All { get; } = [Version1];

    public static Questionnaire? ForVersion(int version) => All.FirstOrDefault(questionnaire => questionnaire.Version == version);

    public Question? FindQuestion(string questionId) => Questions.FirstOrDefault(question => question.Id == questionId);

    /// <summary>
    /// Errors in the answers, keyed by question id (or <c>questionnaireVersion</c>), empty when they are valid.
    /// Drafts may be partial; <see cref="ValidationMode.Completion"/> also requires every required answer.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Validate(AnswerSheet answers, ValidationMode mode) =>
        AnswerValidator.Validate(this, answers, mode);
}
