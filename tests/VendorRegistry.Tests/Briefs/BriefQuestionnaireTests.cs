using OutsourcingPortal.VendorRegistry.Api.Briefs;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefQuestionIds;

namespace OutsourcingPortal.VendorRegistry.Tests.Briefs;

public sealed class BriefQuestionnaireTests
{
    private static readonly BriefQuestionnaire Questionnaire = BriefQuestionnaire.Version1;

    [Fact]
    public void Version_1_is_the_current_and_only_published_version()
    {
        Assert.Equal(1, Questionnaire.Version);
        Assert.Same(Questionnaire, BriefQuestionnaire.Current);
        Assert.Equal([Questionnaire], BriefQuestionnaire.All);
        Assert.Same(Questionnaire, BriefQuestionnaire.ForVersion(1));
        Assert.Null(BriefQuestionnaire.ForVersion(2));
    }

    [Fact]
    public void Every_area_has_at_least_one_question_in_area_order()
    {
        var areas = Questionnaire.Questions.Select(question => question.Area).Distinct();

        Assert.Equal(Enum.GetValues<BriefArea>(), areas);
    }

    [Fact]
    public void Question_ids_are_unique_and_kebab_case()
    {
        var ids = Questionnaire.Questions.Select(question => question.Id).ToList();

        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z]+(-[a-z]+)*$", id));
    }

    [Fact]
    public void Every_question_id_constant_names_a_question_and_every_question_has_a_constant()
    {
        var constants = typeof(BriefQuestionIds).GetFields().Select(field => (string)field.GetValue(null)!).Order(StringComparer.Ordinal);

        Assert.Equal(constants, Questionnaire.Questions.Select(question => question.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_question_has_a_prompt_and_holds_10000_characters()
    {
        Assert.All(Questionnaire.Questions, question =>
        {
            Assert.False(string.IsNullOrWhiteSpace(question.Prompt));
            Assert.Equal(10_000, question.MaxLength);
        });
    }

    [Fact]
    public void Only_the_vendors_own_questions_to_the_client_are_optional()
    {
        Assert.Equal([QuestionsForClient], Questionnaire.Questions.Where(question => !question.Required).Select(question => question.Id));
    }

    [Theory]
    [InlineData(ProblemRestatement, BriefArea.ProblemDefinition)]
    [InlineData(ShippedProject, BriefArea.DeliveryExperience)]
    [InlineData(PromptAndEnvironmentSecurity, BriefArea.DataSecurity)]
    [InlineData(QualityAfterDeployment, BriefArea.EvaluationAndTesting)]
    [InlineData(EngineeringBreadth, BriefArea.EngineeringBreadth)]
    [InlineData(OwnershipAtEnd, BriefArea.Ownership)]
    [InlineData(SmallestMeasurableEngagement, BriefArea.PilotStructure)]
    [InlineData(MlopsArchitecture, BriefArea.TechnicalDueDiligence)]
    [InlineData(ImperfectData, BriefArea.TechnicalDueDiligence)]
    [InlineData(ProductionHistory, BriefArea.TechnicalDueDiligence)]
    [InlineData(DataEngineeringDepth, BriefArea.TechnicalDueDiligence)]
    [InlineData(TeamMembers, BriefArea.ProcessAndTeam)]
    [InlineData(TimeCommitment, BriefArea.ProcessAndTeam)]
    [InlineData(TeamRetention, BriefArea.ProcessAndTeam)]
    [InlineData(ProgressReports, BriefArea.ProcessAndTeam)]
    [InlineData(SecurityPractices, BriefArea.Security)]
    [InlineData(IpOwnership, BriefArea.IntellectualProperty)]
    [InlineData(PreExistingIp, BriefArea.IntellectualProperty)]
    [InlineData(DataRetention, BriefArea.IntellectualProperty)]
    [InlineData(PricingModel, BriefArea.Pricing)]
    [InlineData(PricingUncertainty, BriefArea.Pricing)]
    [InlineData(PilotProposal, BriefArea.PilotProposal)]
    public void A_question_is_found_by_its_id_in_its_area(string questionId, BriefArea area)
    {
        Assert.Equal(area, Questionnaire.FindQuestion(questionId)?.Area);
    }

    [Theory]
    [InlineData("Problem-Restatement")]
    [InlineData("problem_restatement")]
    [InlineData("")]
    public void Lookup_is_by_the_exact_id(string questionId)
    {
        Assert.Null(Questionnaire.FindQuestion(questionId));
    }
}
