using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;
using static OutsourcingPortal.Assessment.Tests.Assessing;

namespace OutsourcingPortal.Assessment.Tests.Recommendations;

/// <summary>When rules disagree, the earlier rule in the precedence decides, and the others are reported as overruled.</summary>
public sealed class PrecedenceTests
{
    [Fact]
    public void A_vague_use_case_wins_over_everything_and_the_delivery_that_would_follow_is_named()
    {
        var result = Assess(new AnswersBuilder().WithVagueUseCase().With(Role, StrategicRole.CoreDifferentiator).With(MlTalent, true).With(MlCapacity, true));

        Assert.Equal(Approach.DiscoveryFirst, result.Recommendation.Approach);
        Assert.Equal(Approach.InHouse, result.Recommendation.ThenApproach);
        Assert.Equal(["vague-use-case", "core-differentiator", "team-can-deliver"], result.ReasonIds());
        Assert.Empty(result.OverruledIds());
    }

    [Fact]
    public void Unready_data_wins_over_buying_a_product()
    {
        var result = Assess(new AnswersBuilder().WithUnreadyData().With(Role, StrategicRole.Commodity).With(OffTheShelf, true));

        Assert.Equal(Approach.DataReadinessFirst, result.Recommendation.Approach);
        Assert.Equal(Approach.Buy, result.Recommendation.ThenApproach);
        Assert.Equal(["data-not-ready", "commodity-off-the-shelf"], result.ReasonIds());
        Assert.Equal(["no-ml-talent", "supporting-capability"], result.OverruledIds());
    }

    [Fact]
    public void A_vague_use_case_and_unready_data_both_come_before_delivery()
    {
        var result = Assess(new AnswersBuilder().WithVagueUseCase().WithUnreadyData());

        Assert.Equal(Approach.DiscoveryFirst, result.Recommendation.Approach);
        Assert.Equal(Approach.Outsource, result.Recommendation.ThenApproach);
        Assert.Equal(["vague-use-case", "data-not-ready", "no-ml-talent", "supporting-capability"], result.ReasonIds().Take(4));
    }

    [Fact]
    public void Buying_wins_over_a_team_that_could_build_it()
    {
        var result = Assess(new AnswersBuilder().With(Role, StrategicRole.Commodity).With(OffTheShelf, true).With(MlTalent, true).With(MlCapacity, true));

        Assert.Equal(Approach.Buy, result.Recommendation.Approach);
        Assert.Equal(["team-can-deliver", "supporting-capability"], result.OverruledIds());
    }

    [Fact]
    public void A_very_small_project_stays_in_house_even_when_control_would_call_for_a_partner()
    {
        var result = Assess(new AnswersBuilder().With(Size, ProjectSize.VerySmall).With(Role, StrategicRole.CoreDifferentiator));

        Assert.Equal(Approach.InHouse, result.Recommendation.Approach);
        Assert.Equal(["very-small-project"], result.ReasonIds());
        Assert.Equal(["core-differentiator", "no-ml-talent"], result.OverruledIds());
    }

    [Fact]
    public void Keeping_control_wins_over_the_reasons_to_outsource()
    {
        var result = Assess(new AnswersBuilder()
            .With(Sensitivity, DataSensitivity.HighlySensitive).With(FixedDeadline, true).With(CurrentBudgetCycle, true).With(EngineeringAroundModel, true));

        Assert.Equal(Approach.Hybrid, result.Recommendation.Approach);
        Assert.Equal(
            ["no-ml-talent", "supporting-capability", "fixed-deadline", "current-budget-cycle", "engineering-around-the-model"],
            result.OverruledIds());
    }

    [Fact]
    public void A_temporary_skill_gap_wins_over_a_team_that_could_otherwise_deliver_alone()
    {
        var result = Assess(new AnswersBuilder().With(MlTalent, true).With(MlCapacity, true).WithOptions(SkillsNeeded, SpecialisedSkill.ComputerVision));

        Assert.Equal(Approach.Hybrid, result.Recommendation.Approach);
        Assert.Equal(["team-can-deliver", "supporting-capability"], result.OverruledIds());
    }

    [Fact]
    public void A_team_that_can_deliver_overrules_the_supporting_role()
    {
        var result = Assess(new AnswersBuilder().With(MlTalent, true).With(MlCapacity, true));

        Assert.Equal(Approach.InHouse, result.Recommendation.Approach);
        Assert.Equal(["team-can-deliver"], result.ReasonIds());
        Assert.Equal(["supporting-capability"], result.OverruledIds());
    }

    [Fact]
    public void Every_rule_that_agrees_with_the_decision_is_a_reason_in_precedence_order()
    {
        var result = Assess(new AnswersBuilder().With(FixedDeadline, true).With(CurrentBudgetCycle, true).With(EngineeringAroundModel, true));

        Assert.Equal(
            ["no-ml-talent", "supporting-capability", "fixed-deadline", "current-budget-cycle", "engineering-around-the-model", "well-defined-project"],
            result.ReasonIds());
        Assert.Empty(result.OverruledIds());
    }

    [Fact]
    public void A_delivery_decision_has_no_follow_up_approach()
    {
        Assert.Null(Assess(new AnswersBuilder()).Recommendation.ThenApproach);
    }
}
