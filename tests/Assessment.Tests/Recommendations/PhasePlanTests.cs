using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;
using static OutsourcingPortal.Assessment.Tests.Assessing;

namespace OutsourcingPortal.Assessment.Tests.Recommendations;

public sealed class PhasePlanTests
{
    [Fact]
    public void An_outsourced_plan_runs_from_proof_of_concept_to_handover_with_the_three_go_no_go_gates()
    {
        var plan = Assess(new AnswersBuilder()).Plan;

        Assert.Equal([PhaseKind.ProofOfConcept, PhaseKind.Development, PhaseKind.Hardening, PhaseKind.Transition], plan.Phases.Select(phase => phase.Kind));
        Assert.Equal([GateKind.AfterProofOfConcept, GateKind.AfterFirstProductionReadyModel, GateKind.AfterStaging, (GateKind?)null],
            plan.Phases.Select(phase => phase.GateAfter?.Kind));
        Assert.Equal("Does the result justify further investment?", plan.Phases[0].GateAfter!.Question);
        Assert.Equal([10, 15, 6, 7], plan.Phases.Select(phase => phase.Weeks));
        Assert.Equal(38, plan.TotalWeeks);
    }

    [Theory]
    [InlineData(ProjectSize.VerySmall, 6, 6, 3)]
    [InlineData(ProjectSize.Small, 8, 11, 5)]
    [InlineData(ProjectSize.Medium, 10, 15, 6)]
    [InlineData(ProjectSize.Large, 12, 20, 8)]
    public void Durations_take_the_project_sizes_point_in_the_rubrics_ranges(ProjectSize size, int proofOfConcept, int development, int hardening)
    {
        var result = Assess(new AnswersBuilder().With(Size, size));

        Assert.Equal(proofOfConcept, result.WeeksOf(PhaseKind.ProofOfConcept));
        Assert.Equal(development, result.WeeksOf(PhaseKind.Development));
        Assert.Equal(hardening, result.WeeksOf(PhaseKind.Hardening));
    }

    public static TheoryData<ProjectSize, bool, bool, bool> Plans()
    {
        var plans = new TheoryData<ProjectSize, bool, bool, bool>();
        // A very small project stays in house and hands nothing over, so only the larger sizes have a transition.
        foreach (var size in new[] { ProjectSize.Small, ProjectSize.Medium, ProjectSize.Large })
        {
            foreach (var (vague, unreadyData, hybrid) in new[] { (false, false, false), (true, false, false), (false, true, true), (true, true, false) })
            {
                plans.Add(size, vague, unreadyData, hybrid);
            }
        }
        return plans;
    }

    [Theory]
    [MemberData(nameof(Plans))]
    public void The_transition_takes_15_to_20_percent_of_the_total_time(ProjectSize size, bool vague, bool unreadyData, bool hybrid)
    {
        var answers = new AnswersBuilder().With(Size, size).With(TightIteration, hybrid);
        if (vague)
        {
            answers.WithVagueUseCase();
        }
        if (unreadyData)
        {
            answers.WithUnreadyData();
        }

        var result = Assess(answers);

        var share = (decimal)result.WeeksOf(PhaseKind.Transition) / result.Plan.TotalWeeks;
        Assert.InRange(share, 0.15m, 0.20m);
    }

    [Fact]
    public void Whole_weeks_keep_the_transition_inside_the_rubrics_range_of_shares()
    {
        // 14 + 14 + 14 = 42 weeks before a 15% transition would be 7.41 weeks; 8 weeks would be 16%, 7 weeks 14.3%.
        var rubric = Rubric.Default with
        {
            Time = Rubric.Default.Time with
            {
                ProofOfConceptWeeks = new(14, 14),
                DevelopmentWeeks = new(14, 14),
                HardeningWeeks = new(14, 14),
                TransitionShareOfTotalTime = new(0.15m, 0.15m),
            },
        };

        var result = Assess(new AnswersBuilder(), rubric);

        Assert.Equal(8, result.WeeksOf(PhaseKind.Transition));
    }

    [Fact]
    public void An_in_house_plan_hands_nothing_over()
    {
        var plan = Assess(new AnswersBuilder().With(MlTalent, true).With(MlCapacity, true)).Plan;

        Assert.Equal([PhaseKind.ProofOfConcept, PhaseKind.Development, PhaseKind.Hardening], plan.Phases.Select(phase => phase.Kind));
    }

    [Fact]
    public void Buying_trials_the_products_and_integrates_the_chosen_one()
    {
        var plan = Assess(new AnswersBuilder().With(Role, StrategicRole.Commodity).With(OffTheShelf, true)).Plan;

        Assert.Equal([PhaseKind.ProofOfConcept, PhaseKind.Hardening], plan.Phases.Select(phase => phase.Kind));
        Assert.Equal([GateKind.AfterProofOfConcept, GateKind.AfterStaging], plan.Phases.Select(phase => phase.GateAfter!.Kind));
    }

    [Fact]
    public void A_discovery_first_plan_starts_with_a_two_to_four_week_discovery_and_a_re_assessment()
    {
        var plan = Assess(new AnswersBuilder().WithVagueUseCase()).Plan;

        var discovery = plan.Phases[0];
        Assert.Equal(PhaseKind.Discovery, discovery.Kind);
        Assert.Equal(3, discovery.Weeks);
        Assert.Equal(GateKind.AfterDiscovery, discovery.GateAfter!.Kind);
        Assert.Equal(PhaseKind.ProofOfConcept, plan.Phases[1].Kind);
    }

    [Fact]
    public void A_data_readiness_first_plan_starts_with_the_data_work()
    {
        var plan = Assess(new AnswersBuilder().WithUnreadyData()).Plan;

        Assert.Equal([PhaseKind.DataReadiness, PhaseKind.ProofOfConcept], plan.Phases.Take(2).Select(phase => phase.Kind));
        Assert.Equal(GateKind.AfterDataReadiness, plan.Phases[0].GateAfter!.Kind);
    }

    [Fact]
    public void Discovery_comes_before_the_data_work_when_both_are_needed()
    {
        var plan = Assess(new AnswersBuilder().WithVagueUseCase().WithUnreadyData()).Plan;

        Assert.Equal([PhaseKind.Discovery, PhaseKind.DataReadiness, PhaseKind.ProofOfConcept], plan.Phases.Take(3).Select(phase => phase.Kind));
    }
}
