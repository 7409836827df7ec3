using OutsourcingPortal.VendorRegistry.Api.Briefs;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;

namespace OutsourcingPortal.VendorRegistry.Tests.Briefs;

public sealed class BriefAnswerValidationTests
{
    private static readonly BriefQuestionnaire Questionnaire = BriefQuestionnaire.Version1;

    [Theory]
    [InlineData(ValidationMode.Draft)]
    [InlineData(ValidationMode.Submission)]
    public void Complete_answers_have_no_errors(ValidationMode mode)
    {
        Assert.Empty(Questionnaire.Validate(new ResponseBuilder().Build(), mode));
    }

    [Fact]
    public void An_empty_draft_is_valid()
    {
        Assert.Empty(Questionnaire.Validate(Empty(), ValidationMode.Draft));
    }

    [Fact]
    public void Submitting_empty_answers_lists_every_required_question()
    {
        var errors = Questionnaire.Validate(Empty(), ValidationMode.Submission);

        var required = Questionnaire.Questions.Where(question => question.Required).Select(question => question.Id);
        Assert.Equal(required.Order(StringComparer.Ordinal), errors.Keys);
        Assert.All(errors.Values, messages => Assert.Equal(["Needs an answer to submit the response."], messages));
    }

    [Fact]
    public void A_missing_required_answer_is_an_error_only_on_submission()
    {
        var answers = new ResponseBuilder().Without(TeamMembers).Build();

        Assert.Empty(Questionnaire.Validate(answers, ValidationMode.Draft));
        Assert.Equal([TeamMembers], Questionnaire.Validate(answers, ValidationMode.Submission).Keys);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t ")]
    public void A_null_or_blank_answer_counts_as_no_answer(string? answer)
    {
        var answers = new ResponseBuilder().With(DataRetention, answer).Build();

        Assert.Empty(Questionnaire.Validate(answers, ValidationMode.Draft));
        Assert.Equal([DataRetention], Questionnaire.Validate(answers, ValidationMode.Submission).Keys);
    }

    [Fact]
    public void The_optional_question_may_stay_unanswered_on_submission()
    {
        Assert.Empty(Questionnaire.Validate(new ResponseBuilder().Without(QuestionsForClient).Build(), ValidationMode.Submission));
    }

    [Fact]
    public void An_unknown_question_id_is_an_error()
    {
        var errors = Questionnaire.Validate(new ResponseBuilder().With("favourite-colour", "blue").Build(), ValidationMode.Draft);

        Assert.Equal(["Is not a question of brief questionnaire version 1."], errors["favourite-colour"]);
    }

    [Fact]
    public void An_unknown_question_id_is_an_error_even_when_its_answer_is_null()
    {
        var errors = Questionnaire.Validate(new ResponseBuilder().With("favourite-colour", null).Build(), ValidationMode.Draft);

        Assert.Equal(["favourite-colour"], errors.Keys);
    }

    [Theory]
    [InlineData("a", 10_000, true)]
    [InlineData("a", 10_001, false)]
    [InlineData("é", 10_000, true)]
    [InlineData("é", 10_001, false)]
    public void An_answer_may_hold_at_most_10000_characters(string character, int repeat, bool valid)
    {
        var answers = new ResponseBuilder().With(PilotProposal, string.Concat(Enumerable.Repeat(character, repeat))).Build();

        var errors = Questionnaire.Validate(answers, ValidationMode.Draft);

        Assert.Equal(valid ? null : ["Must be at most 10000 characters."], errors.GetValueOrDefault(PilotProposal));
    }

    [Fact]
    public void A_too_long_answer_is_reported_once_on_submission()
    {
        var answers = new ResponseBuilder().With(PilotProposal, new string('a', 10_001)).Build();

        Assert.Equal(["Must be at most 10000 characters."], Questionnaire.Validate(answers, ValidationMode.Submission)[PilotProposal]);
    }

    [Fact]
    public void Answers_to_another_questionnaire_version_are_refused_as_a_whole()
    {
        var answers = new ResponseBuilder().With("favourite-colour", "blue").Without(TeamMembers).Build(questionnaireVersion: 2);

        var errors = Questionnaire.Validate(answers, ValidationMode.Submission);

        Assert.Equal(["questionnaireVersion"], errors.Keys);
        Assert.Equal(["These answers are for questionnaire version 2; this questionnaire is version 1."], errors["questionnaireVersion"]);
    }

    [Fact]
    public void Errors_for_several_questions_are_keyed_by_question_id_in_ordinal_order()
    {
        var answers = new ResponseBuilder().With("zzz", "x").With("aaa", "x").With(PilotProposal, new string('a', 10_001)).Without(TeamMembers).Build();

        var errors = Questionnaire.Validate(answers, ValidationMode.Submission);

        Assert.Equal(["aaa", PilotProposal, TeamMembers, "zzz"], errors.Keys);
    }

    private static BriefAnswerSheet Empty() => new(1, new Dictionary<string, string?>());
}
