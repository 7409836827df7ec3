using OutsourcingPortal.Assessment.Api.Questionnaires;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;

namespace OutsourcingPortal.Assessment.Tests.Questionnaires;

public sealed class AnswerValidationTests
{
    private static readonly Questionnaire Questionnaire = Questionnaire.Version1;

    [Theory]
    [InlineData(ValidationMode.Draft)]
    [InlineData(ValidationMode.Completion)]
    public void Complete_valid_answers_have_no_errors(ValidationMode mode)
    {
        Assert.Empty(Questionnaire.Validate(new AnswersBuilder().Build(), mode));
    }

    [Fact]
    public void An_empty_draft_is_valid()
    {
        Assert.Empty(Questionnaire.Validate(Empty(), ValidationMode.Draft));
    }

    [Fact]
    public void Completing_empty_answers_lists_every_required_question()
    {
        var errors = Questionnaire.Validate(Empty(), ValidationMode.Completion);

        var required = Questionnaire.Questions.Where(question => question.Required).Select(question => question.Id);
        Assert.Equal(required.Order(StringComparer.Ordinal), errors.Keys);
        Assert.All(errors.Values, messages => Assert.Equal(["Needs an answer to complete the assessment."], messages));
    }

    [Fact]
    public void A_draft_may_leave_required_questions_out()
    {
        Assert.Empty(Questionnaire.Validate(new AnswersBuilder().Without(Role).Build(), ValidationMode.Draft));
    }

    [Fact]
    public void A_missing_required_answer_is_an_error_only_when_completing()
    {
        var errors = Questionnaire.Validate(new AnswersBuilder().Without(Role).Build(), ValidationMode.Completion);

        Assert.Equal([Role], errors.Keys);
    }

    [Fact]
    public void An_optional_question_may_stay_unanswered_on_completion()
    {
        Assert.Empty(Questionnaire.Validate(new AnswersBuilder().Without(Regulations).Build(), ValidationMode.Completion));
    }

    [Fact]
    public void A_null_answer_counts_as_no_answer()
    {
        var answers = new AnswersBuilder().With(Role, (AnswerValue?)null).Build();

        Assert.Empty(Questionnaire.Validate(answers, ValidationMode.Draft));
        Assert.Equal([Role], Questionnaire.Validate(answers, ValidationMode.Completion).Keys);
    }

    [Fact]
    public void An_unknown_question_id_is_an_error()
    {
        var errors = Questionnaire.Validate(new AnswersBuilder().With("usecase.vibes", 3).Build(), ValidationMode.Draft);

        Assert.Equal(["Is not a question of questionnaire version 1."], errors["usecase.vibes"]);
    }

    [Fact]
    public void Answers_to_another_questionnaire_version_are_refused_as_a_whole()
    {
        var errors = Questionnaire.Validate(new AnswersBuilder().With("usecase.vibes", 3).Without(Role).Build(questionnaireVersion: 2), ValidationMode.Completion);

        Assert.Equal(["questionnaireVersion"], errors.Keys);
        Assert.Equal(["These answers are for questionnaire version 2; this questionnaire is version 1."], errors["questionnaireVersion"]);
    }

    public static TheoryData<string, AnswerValue, string> WrongKinds => new()
    {
        { UseCaseProblem, AnswerValue.Of(true), "Expects a whole number from 1 to 5." },
        { UseCaseWorkflow, AnswerValue.Of("yes"), "Expects true or false." },
        { Role, AnswerValue.Of(["commodity"]), "Expects the id of one option." },
        { SkillsNeeded, AnswerValue.Of("nlp"), "Expects a list of option ids." },
        { UseCaseDescription, AnswerValue.Of(3), "Expects a text." },
        { ExpectedRoiMonths, AnswerValue.Of("12"), "Expects a number from 1 to 60." },
    };

    [Theory]
    [MemberData(nameof(WrongKinds))]
    public void An_answer_of_the_wrong_kind_is_an_error(string questionId, AnswerValue answer, string message)
    {
        var errors = Questionnaire.Validate(new AnswersBuilder().With(questionId, answer).Build(), ValidationMode.Draft);

        Assert.Equal([message], errors[questionId]);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    [InlineData(-1)]
    [InlineData(3.5)]
    public void A_scale_answer_outside_1_to_5_or_between_whole_numbers_is_an_error(decimal value)
    {
        var errors = Questionnaire.Validate(new AnswersBuilder().With(UseCaseMetric, value).Build(), ValidationMode.Draft);

        Assert.Equal(["Must be a whole number from 1 to 5."], errors[UseCaseMetric]);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(3.0)]
    public void Scale_answers_at_the_ends_of_the_scale_are_valid(decimal value)
    {
        Assert.Empty(Questionnaire.Validate(new AnswersBuilder().With(UseCaseMetric, value).Build(), ValidationMode.Draft));
    }

    [Theory]
    [InlineData(0.99, false)]
    [InlineData(1, true)]
    [InlineData(12.5, true)]
    [InlineData(60, true)]
    [InlineData(60.01, false)]
    public void A_number_answer_must_lie_within_the_question_range(decimal value, bool valid)
    {
        var errors = Questionnaire.Validate(new AnswersBuilder().With(ExpectedRoiMonths, value).Build(), ValidationMode.Draft);

        Assert.Equal(valid, errors.Count == 0);
        Assert.Equal(valid ? null : ["Must be a number from 1 to 60."], errors.GetValueOrDefault(ExpectedRoiMonths));
    }

    [Fact]
    public void A_single_choice_answer_must_be_one_of_its_option_ids()
    {
        var errors = Questionnaire.Validate(new AnswersBuilder().With(Role, "Commodity").Build(), ValidationMode.Draft);

        Assert.Equal(["Must be chosen from: core-differentiator, important-not-differentiating, commodity."], errors[Role]);
    }

    [Fact]
    public void A_multiple_choice_answer_must_list_only_its_option_ids()
    {
        var errors = Questionnaire.Validate(new AnswersBuilder().With(SkillsNeeded, AnswerValue.Of(["nlp", "quantum"])).Build(), ValidationMode.Draft);

        Assert.Equal(["Must be chosen from: computer-vision, nlp, llm, rpa, mlops, data-engineering."], errors[SkillsNeeded]);
    }

    [Fact]
    public void A_multiple_choice_answer_may_not_list_an_option_twice()
    {
        var errors = Questionnaire.Validate(new AnswersBuilder().With(SkillsNeeded, AnswerValue.Of(["nlp", "nlp"])).Build(), ValidationMode.Draft);

        Assert.Equal(["Lists an option more than once."], errors[SkillsNeeded]);
    }

    [Fact]
    public void A_multiple_choice_answer_may_choose_nothing()
    {
        Assert.Empty(Questionnaire.Validate(new AnswersBuilder().With(SkillsNeeded, AnswerValue.Of([])).Build(), ValidationMode.Completion));
    }

    [Theory]
    [InlineData("a", Question.MaxTextBytes, true)]
    [InlineData("a", Question.MaxTextBytes + 1, false)]
    [InlineData("é", Question.MaxTextBytes / 2, true)]
    [InlineData("é", (Question.MaxTextBytes / 2) + 1, false)]
    public void Free_text_may_hold_at_most_10_kB_of_UTF8(string character, int repeat, bool valid)
    {
        var text = string.Concat(Enumerable.Repeat(character, repeat));

        var errors = Questionnaire.Validate(new AnswersBuilder().With(UseCaseDescription, text).Build(), ValidationMode.Draft);

        Assert.Equal(valid ? null : ["Must be at most 10240 bytes of UTF-8 text (10 kB)."], errors.GetValueOrDefault(UseCaseDescription));
    }

    [Fact]
    public void Errors_for_several_questions_are_keyed_by_question_id_in_ordinal_order()
    {
        var answers = new AnswersBuilder().With(UseCaseProblem, 9).With(Role, "x").With("zzz", 1).With("aaa", 1).Build();

        var errors = Questionnaire.Validate(answers, ValidationMode.Draft);

        Assert.Equal(["aaa", Role, UseCaseProblem, "zzz"], errors.Keys);
    }

    private static AnswerSheet Empty() => new(1, new Dictionary<string, AnswerValue?>());
}
