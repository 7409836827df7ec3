using OutsourcingPortal.Assessment.Api.Recommendations;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;
using static OutsourcingPortal.Assessment.Tests.Assessing;

namespace OutsourcingPortal.Assessment.Tests.Recommendations;

public sealed class ReadinessTests
{
    [Theory]
    [InlineData(1, false, false, 1, 0)]
    [InlineData(5, true, true, 5, 100)]
    [InlineData(3, true, false, 3, 50)]
    [InlineData(2, true, true, 3, 69)]
    public void A_signal_scores_the_average_of_its_answers_scales_from_0_to_100_and_yes_as_100(
        int problem, bool workflow, bool baseline, int metric, int score)
    {
        var result = Assess(new AnswersBuilder()
            .With(UseCaseProblem, problem).With(UseCaseWorkflow, workflow).With(UseCaseBaseline, baseline).With(UseCaseMetric, metric));

        Assert.Equal(score, result.Signal(ReadinessSignal.UseCaseClarity).Score);
    }

    [Fact]
    public void Each_signal_shows_the_scale_and_yes_no_answers_of_its_group_that_drove_it()
    {
        var result = Assess(new AnswersBuilder().With(UseCaseDescription, "Route invoices to approvers."));

        Assert.Equal([UseCaseProblem, UseCaseWorkflow, UseCaseBaseline, UseCaseMetric],
            result.Signal(ReadinessSignal.UseCaseClarity).Answers.Select(answer => answer.QuestionId));
        Assert.Equal([DataAccessibility, DataQuality, DataLabelling, DataAccessApproved],
            result.Signal(ReadinessSignal.DataReadiness).Answers.Select(answer => answer.QuestionId));
        Assert.Equal([StakeholderAgreement, AccountableOwner, DecisionAuthority],
            result.Signal(ReadinessSignal.StakeholderAlignment).Answers.Select(answer => answer.QuestionId));
        Assert.Equal([LeadershipSponsorship, LeadershipGovernance, AiGovernancePolicy],
            result.Signal(ReadinessSignal.LeadershipSupport).Answers.Select(answer => answer.QuestionId));
    }

    [Fact]
    public void The_overall_score_is_the_weighted_average_of_the_signal_scores()
    {
        var rubric = Rubric.Default with { SignalWeights = new(UseCaseClarity: 3, DataReadiness: 1, StakeholderAlignment: 0, LeadershipSupport: 0) };
        var answers = new AnswersBuilder().With(UseCaseMetric, 5).With(UseCaseProblem, 5).With(DataQuality, 1).With(StakeholderAgreement, 1);

        var result = Assess(answers, rubric);

        Assert.Equal(100, result.Signal(ReadinessSignal.UseCaseClarity).Score);
        Assert.Equal(63, result.Signal(ReadinessSignal.DataReadiness).Score);
        Assert.Equal(91, result.Readiness.OverallScore);
        Assert.Equal([3m, 1m, 0m, 0m], result.Readiness.Signals.Select(signal => signal.Weight));
    }

    [Theory]
    [InlineData(86, true)]
    [InlineData(87, false)]
    public void An_initiative_is_ready_from_the_ready_score_on(int readyScore, bool ready)
    {
        var result = Assess(new AnswersBuilder(), WithReadiness(readyScore, signalFloor: 40));

        Assert.Equal(86, result.Readiness.OverallScore);
        Assert.Equal(ready, result.Readiness.Ready);
    }

    [Theory]
    [InlineData(67, false)]
    [InlineData(68, true)]
    public void A_signal_is_below_the_floor_only_when_its_score_is_under_it(int floor, bool belowFloor)
    {
        var result = Assess(new AnswersBuilder().With(StakeholderAgreement, 1).With(AccountableOwner, true).With(DecisionAuthority, true)
            .With(UseCaseMetric, 5), WithReadiness(readyScore: 0, floor));

        var stakeholders = result.Signal(ReadinessSignal.StakeholderAlignment);
        Assert.Equal(67, stakeholders.Score);
        Assert.Equal(belowFloor, result.Readiness.Signals.Any(signal => signal.BelowFloor));
        Assert.Equal(!belowFloor, result.Readiness.Ready);
    }

    [Fact]
    public void A_signal_below_the_floor_blocks_readiness_however_high_the_overall_score()
    {
        var result = Assess(new AnswersBuilder()
            .With(LeadershipSponsorship, 1).With(LeadershipGovernance, 1).With(AiGovernancePolicy, false)
            .With(UseCaseProblem, 5).With(UseCaseMetric, 5).With(DataAccessibility, 5).With(DataQuality, 5).With(DataLabelling, 5)
            .With(StakeholderAgreement, 5), WithReadiness(readyScore: 70, signalFloor: 40));

        Assert.Equal(0, result.Signal(ReadinessSignal.LeadershipSupport).Score);
        Assert.True(result.Signal(ReadinessSignal.LeadershipSupport).BelowFloor);
        Assert.Equal(75, result.Readiness.OverallScore);
        Assert.False(result.Readiness.Ready);
    }
}
