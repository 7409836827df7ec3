using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Tests.Questionnaires;

public sealed class QuestionnaireTests
{
    private static readonly Questionnaire Questionnaire = Questionnaire.Version1;

    [Fact]
    public void The_current_questionnaire_is_version_1_and_can_be_found_by_its_number()
    {
        Assert.Same(Questionnaire.Version1, Questionnaire.Current);
        Assert.Equal(1, Questionnaire.Current.Version);
        Assert.Same(Questionnaire.Version1, Questionnaire.ForVersion(1));
        Assert.Null(Questionnaire.ForVersion(2));
    }

    [Fact]
    public void Question_ids_are_unique()
    {
        var ids = Questionnaire.Questions.Select(question => question.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Every_named_question_id_is_asked()
    {
        var engineIds = typeof(QuestionIds).GetFields().Select(field => (string)field.GetValue(null)!);

        Assert.All(engineIds, id => Assert.NotNull(Questionnaire.FindQuestion(id)));
    }

    [Fact]
    public void Every_group_has_questions_and_they_come_in_group_order()
    {
        var groups = Questionnaire.Questions.Select(question => question.Group).ToList();

        Assert.Equal(Enum.GetValues<QuestionGroup>(), groups.Distinct());
        Assert.Equal(groups.Order(), groups);
    }

    [Fact]
    public void Every_kind_of_answer_is_asked_for()
    {
        Assert.Equal(Enum.GetValues<QuestionKind>().Order(), Questionnaire.Questions.Select(question => question.Kind).Distinct().Order());
    }

    [Fact]
    public void Scales_run_from_1_to_5_and_numbers_have_a_range()
    {
        Assert.All(Questionnaire.Questions.Where(question => question.Kind == QuestionKind.Scale), scale =>
        {
            Assert.Equal(1, scale.Minimum);
            Assert.Equal(5, scale.Maximum);
        });
        Assert.All(Questionnaire.Questions.Where(question => question.Kind == QuestionKind.Number), number =>
            Assert.True(number.Minimum < number.Maximum));
    }

    [Fact]
    public void Choice_questions_offer_distinct_kebab_case_options_and_other_questions_offer_none()
    {
        foreach (var question in Questionnaire.Questions)
        {
            var isChoice = question.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice;
            Assert.Equal(isChoice, question.Options.Count > 0);
            Assert.Equal(question.Options.Count, question.Options.Select(option => option.Id).Distinct(StringComparer.Ordinal).Count());
            Assert.All(question.Options, option => Assert.Matches("^[a-z]+(-[a-z]+)*$", option.Id));
        }
    }

    [Fact]
    public void Only_the_description_and_the_regulations_may_stay_unanswered_on_completion()
    {
        var optional = Questionnaire.Questions.Where(question => !question.Required).Select(question => question.Id);

        Assert.Equal([QuestionIds.UseCaseDescription, QuestionIds.Regulations], optional);
    }

    [Fact]
    public void Strategic_role_options_are_the_three_roles_of_the_domain()
    {
        var role = Questionnaire.FindQuestion(QuestionIds.Role)!;

        Assert.Equal(["core-differentiator", "important-not-differentiating", "commodity"], role.Options.Select(option => option.Id));
    }
}
