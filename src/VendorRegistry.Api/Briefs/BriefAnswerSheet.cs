namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// A vendor's answers to one brief questionnaire version, by question id. A draft may leave questions out; a null
/// or blank answer counts as no answer, so a draft can clear a question.
/// </summary>
public sealed record BriefAnswerSheet(int QuestionnaireVersion, IReadOnlyDictionary<string, string?> Answers)
{
    /// <summary>The answer to the question, or null when it is missing or blank.</summary>
    internal string? Find(string questionId) =>
        Answers.GetValueOrDefault(questionId) is { } answer && !string.IsNullOrWhiteSpace(answer) ? answer : null;
}
