using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;
using static OutsourcingPortal.Assessment.Tests.Assessing;

namespace OutsourcingPortal.Assessment.Tests.Recommendations;

public sealed class EngagementModelTests
{
    [Fact]
    public void Talent_without_capacity_means_staff_augmentation()
    {
        var result = Assess(new AnswersBuilder().With(MlTalent, true).With(MlCapacity, false));

        Assert.Equal(Approach.Hybrid, result.Recommendation.Approach);
        Assert.Equal(EngagementModel.StaffAugmentation, result.Recommendation.EngagementModel);
        Assert.Equal("internal-team-leads", result.Recommendation.Reasons[^1].RuleId);
    }

    [Fact]
    public void A_team_that_keeps_control_without_the_capacity_is_augmented_too()
    {
        var result = Assess(new AnswersBuilder().With(Role, StrategicRole.CoreDifferentiator).With(MlTalent, true).With(MlCapacity, false));

        Assert.Equal(EngagementModel.StaffAugmentation, result.Recommendation.EngagementModel);
    }

    [Fact]
    public void A_hybrid_without_an_ML_team_co_develops_with_a_dedicated_team()
    {
        var result = Assess(new AnswersBuilder().With(Role, StrategicRole.CoreDifferentiator));

        Assert.Equal(Approach.Hybrid, result.Recommendation.Approach);
        Assert.Equal(EngagementModel.DedicatedTeam, result.Recommendation.EngagementModel);
        Assert.Equal("co-development", result.Recommendation.Reasons[^1].RuleId);
    }

    [Theory]
    [InlineData(true, false, EngagementModel.ManagedService)]
    [InlineData(true, true, EngagementModel.ProjectBased)]
    [InlineData(false, false, EngagementModel.ProjectBased)]
    public void A_partner_running_the_whole_lifecycle_is_a_managed_service_unless_capability_is_to_be_built(
        bool partnerRunsIt, bool buildCapability, EngagementModel model)
    {
        var result = Assess(new AnswersBuilder().With(PartnerRunsIt, partnerRunsIt).With(BuildCapability, buildCapability));

        Assert.Equal(Approach.Outsource, result.Recommendation.Approach);
        Assert.Equal(model, result.Recommendation.EngagementModel);
    }

    [Theory]
    [InlineData(false, 4, 4, EngagementModel.ProjectBased)]
    [InlineData(true, 4, 4, EngagementModel.DedicatedTeam)]
    [InlineData(false, 3, 4, EngagementModel.DedicatedTeam)]
    [InlineData(false, 4, 3, EngagementModel.DedicatedTeam)]
    [InlineData(false, 5, 5, EngagementModel.ProjectBased)]
    public void An_outsourced_project_is_fixed_scope_only_when_it_is_one_off_stable_and_measurable(
        bool ongoing, int scopeStability, int metric, EngagementModel model)
    {
        var result = Assess(new AnswersBuilder().With(OngoingWork, ongoing).With(ScopeStability, scopeStability).With(UseCaseMetric, metric));

        Assert.Equal(model, result.Recommendation.EngagementModel);
        Assert.Equal(model == EngagementModel.ProjectBased ? "well-defined-project" : "evolving-scope", result.Recommendation.Reasons[^1].RuleId);
    }

    [Fact]
    public void The_thresholds_for_a_stable_scope_and_a_clear_metric_come_from_the_rubric()
    {
        var stricter = Rubric.Default with { Answers = Rubric.Default.Answers with { StableScopeFrom = 5 } };

        Assert.Equal(EngagementModel.ProjectBased, Assess(new AnswersBuilder().With(ScopeStability, 4)).Recommendation.EngagementModel);
        Assert.Equal(EngagementModel.DedicatedTeam, Assess(new AnswersBuilder().With(ScopeStability, 4), stricter).Recommendation.EngagementModel);
    }

    [Theory]
    [InlineData(Approach.InHouse)]
    [InlineData(Approach.Buy)]
    public void No_outside_team_builds_in_house_or_a_bought_product_so_there_is_no_engagement_model(Approach approach)
    {
        var answers = approach == Approach.Buy
            ? new AnswersBuilder().With(Role, StrategicRole.Commodity).With(OffTheShelf, true)
            : new AnswersBuilder().With(MlTalent, true).With(MlCapacity, true);

        var result = Assess(answers);

        Assert.Equal(approach, result.Recommendation.Approach);
        Assert.Null(result.Recommendation.EngagementModel);
    }

    [Fact]
    public void Groundwork_followed_by_outsourcing_gets_the_engagement_model_for_the_delivery()
    {
        var result = Assess(new AnswersBuilder().WithUnreadyData());

        Assert.Equal(Approach.DataReadinessFirst, result.Recommendation.Approach);
        Assert.Equal(EngagementModel.ProjectBased, result.Recommendation.EngagementModel);
    }
}
