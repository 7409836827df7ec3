using System.Globalization;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>
/// Checks a vendor's answers against a brief questionnaire version. Errors are keyed by question id (the version
/// mismatch by <see cref="VersionKey"/>), one message each, in ordinal key order, ready for an RFC 9457 validation problem.
/// </summary>
internal static class BriefAnswerValidator
{
    public const string VersionKey = "questionnaireVersion";

    public static IReadOnlyDictionary<string, string[]> Validate(BriefQuestionnaire questionnaire, BriefAnswerSheet answers, ValidationMode mode)
    {
        var errors = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        if (answers.QuestionnaireVersion != questionnaire.Version)
        {
            // Checking another version's answers against this one would only add noise to the one real problem.
            errors[VersionKey] = [Invariant($"These answers are for questionnaire version {answers.QuestionnaireVersion}; this questionnaire is version {questionnaire.Version}.")];
            return errors;
        }
        foreach (var (questionId, answer) in answers.Answers)
        {
            var question = questionnaire.FindQuestion(questionId);
            var problem = question is null
                ? Invariant($"Is not a question of brief questionnaire version {questionnaire.Version}.")
                : answer?.Length > question.MaxLength ? Invariant($"Must be at most {question.MaxLength} characters.") : null;
            if (problem is not null)
            {
                errors[questionId] = [problem];
            }
        }
        if (mode == ValidationMode.Submission)
        {
            foreach (var question in questionnaire.Questions.Where(question => question.Required && answers.Find(question.Id) is null))
            {
                errors[question.Id] = ["Needs an answer to submit the response."];
            }
        }
        return errors;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
