using OutsourcingPortal.Assessment.Api.Assessments;
using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.BuildingBlocks.Data;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;

namespace OutsourcingPortal.Assessment.Tests;

/// <summary>
/// Complete, valid answers to questionnaire version 1, starting from an initiative that is ready and a clear case
/// for outsourcing: a supporting capability with a stable scope and a clear metric, at a company without ML staff.
/// A test changes only the answers it is about.
/// </summary>
internal sealed class AnswersBuilder
{
    // The demo data's baseline: the same ready initiative and clear case for outsourcing.
    private readonly Dictionary<string, AnswerValue?> _answers =
        DemoAssessments.ReadyToOutsource.ToDictionary(answer => answer.Key, answer => (AnswerValue?)answer.Value, StringComparer.Ordinal);

    public AnswersBuilder With(string questionId, AnswerValue? answer)
    {
        _answers[questionId] = answer;
        return this;
    }

    public AnswersBuilder With(string questionId, decimal number) => With(questionId, AnswerValue.Of(number));

    public AnswersBuilder With(string questionId, bool yesNo) => With(questionId, AnswerValue.Of(yesNo));

    public AnswersBuilder With(string questionId, string text) => With(questionId, AnswerValue.Of(text));

    public AnswersBuilder With<TEnum>(string questionId, TEnum option) where TEnum : struct, Enum =>
        With(questionId, Option(option));

    public AnswersBuilder WithOptions<TEnum>(string questionId, params TEnum[] options) where TEnum : struct, Enum =>
        With(questionId, AnswerValue.Of(options.Select(KebabCaseEnum.ToText)));

    /// <summary>A use case nobody has pinned down: "use AI somewhere", no workflow, no baseline, no metric.</summary>
    public AnswersBuilder WithVagueUseCase() =>
        With(UseCaseProblem, 1).With(UseCaseWorkflow, false).With(UseCaseBaseline, false).With(UseCaseMetric, 1);

    /// <summary>Data that is hard to reach, poor, unlabelled and not approved for use.</summary>
    public AnswersBuilder WithUnreadyData() =>
        With(DataAccessibility, 1).With(DataQuality, 1).With(DataLabelling, 1).With(DataAccessApproved, false);

    public AnswersBuilder Without(string questionId)
    {
        _answers.Remove(questionId);
        return this;
    }

    public AnswerSheet Build(int questionnaireVersion = 1) => new(questionnaireVersion, new Dictionary<string, AnswerValue?>(_answers));

    private static AnswerValue Option<TEnum>(TEnum option) where TEnum : struct, Enum => AnswerValue.Of(KebabCaseEnum.ToText(option));
}
