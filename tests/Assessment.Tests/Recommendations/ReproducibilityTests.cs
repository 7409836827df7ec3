using System.Text.Json;
using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;
using static OutsourcingPortal.Assessment.Tests.Assessing;

namespace OutsourcingPortal.Assessment.Tests.Recommendations;

public sealed class ReproducibilityTests
{
    private static AnswersBuilder Answers() => new AnswersBuilder()
        .With(Sensitivity, DataSensitivity.Confidential).With(AiGovernancePolicy, false).With(FixedDeadline, true)
        .WithOptions(SkillsNeeded, SpecialisedSkill.Nlp, SpecialisedSkill.Llm);

    [Fact]
    public void The_same_answers_and_rubric_give_an_equal_result_every_time()
    {
        var first = Json(Assess(Answers()));

        Assert.All(Enumerable.Range(0, 5), _ => Assert.Equal(first, Json(Assess(Answers()))));
    }

    [Fact]
    public void The_order_in_which_answers_arrive_does_not_matter()
    {
        var answers = Answers().Build();
        var reversed = answers with { Answers = answers.Answers.Reverse().ToDictionary() };

        Assert.Equal(
            Json(AssessmentEngine.Assess(Questionnaire.Version1, answers, Rubric.Default)),
            Json(AssessmentEngine.Assess(Questionnaire.Version1, reversed, Rubric.Default)));
    }

    [Fact]
    public void The_result_records_the_questionnaire_and_rubric_versions()
    {
        var result = Assess(Answers());

        Assert.Equal(1, result.QuestionnaireVersion);
        Assert.Equal(1, result.RubricVersion);
    }

    [Fact]
    public void A_new_rubric_version_gives_a_different_result_that_is_itself_reproducible()
    {
        var edited = Rubric.Default with
        {
            Version = 2,
            Readiness = Rubric.Default.Readiness with { SignalFloor = 90 },
            Costs = Rubric.Default.Costs with { PilotCostUsd = new(40_000, 120_000) },
        };

        var before = Assess(Answers());
        var after = Assess(Answers(), edited);

        Assert.Equal(2, after.RubricVersion);
        Assert.Equal(Approach.Outsource, before.Recommendation.Approach);
        Assert.Equal(Approach.DiscoveryFirst, after.Recommendation.Approach);
        Assert.NotEqual(before.Costs.OutsourcedPilotCost, after.Costs.OutsourcedPilotCost);
        Assert.Equal(Json(after), Json(Assess(Answers(), edited)));
        Assert.Equal(Json(before), Json(Assess(Answers(), Rubric.Default)));
    }

    [Fact]
    public void Incomplete_answers_are_refused_rather_than_assessed()
    {
        var error = Assert.Throws<ArgumentException>(() => Assess(Answers().Without(Role)));

        Assert.Equal("answers", error.ParamName);
        Assert.Contains("strategy.role: Needs an answer to complete the assessment.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Answers_to_another_questionnaire_version_are_refused()
    {
        Assert.Throws<ArgumentException>(() => AssessmentEngine.Assess(Questionnaire.Version1, Answers().Build(questionnaireVersion: 2), Rubric.Default));
    }

    [Fact]
    public void An_invalid_rubric_is_refused()
    {
        var invalid = Rubric.Default with { SignalWeights = new(0, 0, 0, 0) };

        var error = Assert.Throws<ArgumentException>(() => Assess(Answers(), invalid));

        Assert.Equal("rubric", error.ParamName);
    }

    private static string Json(AssessmentResult result) => JsonSerializer.Serialize(result, JsonSerializerOptions.Web);
}
