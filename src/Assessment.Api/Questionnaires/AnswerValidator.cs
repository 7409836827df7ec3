using System.Globalization;
using System.Text;

namespace OutsourcingPortal.Assessment.Api.Questionnaires;

/// <summary>
/// Checks answers against a questionnaire version. Errors are keyed by question id (the version mismatch by
/// <see cref="VersionKey"/>), one message each, in ordinal key order, ready for an RFC 9457 validation problem.
/// </summary>
internal static class AnswerValidator
{
    public const string VersionKey = "questionnaireVersion";

    public static IReadOnlyDictionary<string, string[]> Validate(Questionnaire questionnaire, AnswerSheet answers, ValidationMode mode)
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
                ? Invariant($"Is not a question of questionnaire version {questionnaire.Version}.")
                : answer is null ? null : Check(question, answer);
            if (problem is not null)
            {
                errors[questionId] = [problem];
            }
        }
        if (mode == ValidationMode.Completion)
        {
            foreach (var question in questionnaire.Questions.Where(question => question.Required && answers.Find(question.Id) is null))
            {
                errors[question.Id] = ["Needs an answer to complete the assessment."];
            }
        }
        return errors;
    }

    private static string? Check(Question question, AnswerValue answer) => question.Kind switch
    {
        QuestionKind.Scale or QuestionKind.Number => answer.Number is { } number ? CheckRange(question, number) : WrongKind(question),
        QuestionKind.YesNo => answer.YesNo is null ? WrongKind(question) : null,
        QuestionKind.SingleChoice => answer.Text is { } optionId ? CheckOptions(question, [optionId]) : WrongKind(question),
        QuestionKind.MultipleChoice => answer.OptionIds is { } optionIds ? CheckOptions(question, optionIds) : WrongKind(question),
        QuestionKind.FreeText => answer.Text is { } text ? CheckLength(text) : WrongKind(question),
        _ => throw new ArgumentOutOfRangeException(nameof(question), question.Kind, "Unknown question kind."),
    };

    private static string? CheckRange(Question question, decimal number)
    {
        var whole = question.Kind != QuestionKind.Scale || number == decimal.Truncate(number);
        return whole && number >= question.Minimum && number <= question.Maximum ? null : $"Must be {Expectation(question)}.";
    }

    private static string? CheckOptions(Question question, IReadOnlyList<string> optionIds)
    {
        if (!optionIds.All(question.HasOption))
        {
            return $"Must be chosen from: {string.Join(", ", question.Options.Select(option => option.Id))}.";
        }
        return optionIds.Distinct(StringComparer.Ordinal).Count() == optionIds.Count ? null : "Lists an option more than once.";
    }

    private static string? CheckLength(string text) =>
        Encoding.UTF8.GetByteCount(text) <= Question.MaxTextBytes
            ? null
            : Invariant($"Must be at most {Question.MaxTextBytes} bytes of UTF-8 text (10 kB).");

    private static string WrongKind(Question question) => $"Expects {Expectation(question)}.";

    private static string Expectation(Question question) => question.Kind switch
    {
        QuestionKind.Scale => Invariant($"a whole number from {question.Minimum} to {question.Maximum}"),
        QuestionKind.Number => Invariant($"a number from {question.Minimum} to {question.Maximum}"),
        QuestionKind.YesNo => "true or false",
        QuestionKind.SingleChoice => "the id of one option",
        QuestionKind.MultipleChoice => "a list of option ids",
        _ => "a text",
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
