using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;
using static OutsourcingPortal.Assessment.Tests.Assessing;

namespace OutsourcingPortal.Assessment.Tests.Recommendations;

/// <summary>Each failure mode is flagged exactly when the answers expose the initiative to it, with a mitigation.</summary>
public sealed class RiskFlagTests
{
    [Fact]
    public void A_ready_outsourced_initiative_with_a_team_building_capability_has_no_risks()
    {
        Assert.Empty(Assess(new AnswersBuilder().With(BuildCapability, true)).Risks);
    }

    [Theory]
    [InlineData(3, false)]
    [InlineData(2, true)]
    public void A_use_case_scoring_under_the_ready_score_is_flagged_as_a_vague_problem(int problem, bool flagged)
    {
        // (50 + 100 + 100 + 50) / 4 = 75, and (25 + 100 + 100 + 50) / 4 = 69: the ready score is 70.
        var result = Assess(new AnswersBuilder().With(UseCaseProblem, problem).With(UseCaseMetric, 3));

        AssertFlagged(result, FailureMode.VagueProblem, flagged, UseCaseProblem, UseCaseWorkflow, UseCaseBaseline, UseCaseMetric);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(3, true)]
    public void Data_scoring_under_the_ready_score_is_flagged_as_poor_data_readiness(int quality, bool flagged)
    {
        // (50 + 75 + 75 + 100) / 4 = 75, and (50 + 50 + 75 + 100) / 4 = 69.
        var result = Assess(new AnswersBuilder().With(DataAccessibility, 3).With(DataQuality, quality));

        AssertFlagged(result, FailureMode.PoorDataReadiness, flagged, DataAccessibility, DataQuality, DataLabelling, DataAccessApproved);
    }

    [Theory]
    [InlineData(DataSensitivity.Confidential, false, true)]
    [InlineData(DataSensitivity.Confidential, true, false)]
    [InlineData(DataSensitivity.Internal, false, false)]
    public void Confidential_data_without_an_AI_governance_policy_is_flagged_for_weak_security_controls(
        DataSensitivity sensitivity, bool policy, bool flagged)
    {
        var result = Assess(new AnswersBuilder().With(Sensitivity, sensitivity).With(AiGovernancePolicy, policy));

        AssertFlagged(result, FailureMode.WeakSecurityControls, flagged, AiGovernancePolicy, Sensitivity);
    }

    [Fact]
    public void An_LLM_or_regulated_data_without_an_AI_governance_policy_is_flagged_for_weak_security_controls()
    {
        var llm = Assess(new AnswersBuilder().With(AiGovernancePolicy, false).WithOptions(SkillsNeeded, SpecialisedSkill.Llm));
        var regulated = Assess(new AnswersBuilder().With(AiGovernancePolicy, false).WithOptions(Regulations, Regulation.Gdpr));

        AssertFlagged(llm, FailureMode.WeakSecurityControls, true, AiGovernancePolicy, Sensitivity, SkillsNeeded);
        AssertFlagged(regulated, FailureMode.WeakSecurityControls, true, AiGovernancePolicy, Sensitivity, Regulations);
    }

    [Theory]
    [InlineData(Approach.Outsource, true)]
    [InlineData(Approach.Buy, true)]
    [InlineData(Approach.InHouse, false)]
    public void Unsecured_ownership_and_environment_access_is_flagged_as_lock_in_wherever_a_vendor_delivers(Approach approach, bool flagged)
    {
        var result = Assess(Delivered(approach).With(OwnershipSecured, false));

        Assert.Equal(approach, result.Recommendation.Approach);
        AssertFlagged(result, FailureMode.VendorLockIn, flagged, OwnershipSecured);
    }

    [Theory]
    [InlineData(7.15, true)]
    [InlineData(7.16, false)]
    public void Returns_expected_before_the_system_can_be_operational_are_flagged_as_unrealistic(decimal months, bool flagged)
    {
        // The outsourced plan of a medium initiative is operational after 10 + 15 + 6 = 31 weeks, about 7.154 months.
        var result = Assess(new AnswersBuilder().With(ExpectedRoiMonths, months));

        Assert.Equal(31, result.Plan.TotalWeeks - result.WeeksOf(PhaseKind.Transition));
        AssertFlagged(result, FailureMode.UnrealisticRoi, flagged, ExpectedRoiMonths);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void No_time_or_budget_for_hardening_is_flagged_as_treating_the_PoC_as_production(bool hardeningBudgeted, bool flagged)
    {
        AssertFlagged(Assess(new AnswersBuilder().With(HardeningBudgeted, hardeningBudgeted)), FailureMode.PocTreatedAsProduction, flagged, HardeningBudgeted);
    }

    [Theory]
    [InlineData(true, 4, false)]
    [InlineData(false, 4, true)]
    [InlineData(true, 3, true)]
    public void No_decision_authority_or_an_unstable_scope_is_flagged_as_scope_creep(bool decisionAuthority, int scopeStability, bool flagged)
    {
        var result = Assess(new AnswersBuilder().With(DecisionAuthority, decisionAuthority).With(ScopeStability, scopeStability));

        Assert.Equal(flagged, result.FailureModes().Contains(FailureMode.ScopeCreep));
    }

    [Theory]
    [InlineData(Approach.Outsource, true)]
    [InlineData(Approach.InHouse, true)]
    [InlineData(Approach.Buy, false)]
    public void MLOps_not_planned_from_the_start_is_flagged_unless_a_product_is_bought(Approach approach, bool flagged)
    {
        var result = Assess(Delivered(approach).With(MlopsFromStart, false));

        AssertFlagged(result, FailureMode.MlopsLeftToTheEnd, flagged, MlopsFromStart);
    }

    [Theory]
    [InlineData(false, false, true)]
    [InlineData(false, true, false)]
    public void A_partner_built_system_nobody_inside_could_run_is_flagged_as_having_no_exit_strategy(bool talent, bool capabilityGoal, bool flagged)
    {
        var result = Assess(new AnswersBuilder().With(MlTalent, talent).With(BuildCapability, capabilityGoal));

        AssertFlagged(result, FailureMode.NoExitStrategy, flagged, MlTalent, BuildCapability);
    }

    [Fact]
    public void A_team_with_ML_talent_has_an_exit_strategy_even_when_a_partner_builds()
    {
        var result = Assess(new AnswersBuilder().With(MlTalent, true).With(MlCapacity, false));

        Assert.Equal(Approach.Hybrid, result.Recommendation.Approach);
        Assert.DoesNotContain(FailureMode.NoExitStrategy, result.FailureModes());
    }

    [Theory]
    [InlineData(Approach.Outsource, true)]
    [InlineData(Approach.Hybrid, true)]
    [InlineData(Approach.InHouse, false)]
    public void A_partner_build_without_planned_knowledge_transfer_is_flagged_as_the_transfer_trap(Approach approach, bool flagged)
    {
        var result = Assess(Delivered(approach).With(KnowledgeTransferPlanned, false));

        AssertFlagged(result, FailureMode.TransferTrap, flagged, KnowledgeTransferPlanned);
    }

    [Theory]
    [InlineData(Approach.Outsource, true)]
    [InlineData(Approach.InHouse, false)]
    public void Data_access_not_yet_approved_for_a_partner_is_flagged_as_a_late_approval(Approach approach, bool flagged)
    {
        var result = Assess(Delivered(approach).With(DataAccessApproved, false));

        AssertFlagged(result, FailureMode.LateDataAccessApproval, flagged, DataAccessApproved);
    }

    [Fact]
    public void Every_flag_carries_its_statement_source_and_mitigation()
    {
        var result = Assess(new AnswersBuilder()
            .With(UseCaseProblem, 1).With(UseCaseMetric, 2).With(DataQuality, 2).With(AiGovernancePolicy, false).With(Sensitivity, DataSensitivity.Confidential)
            .With(OwnershipSecured, false).With(ExpectedRoiMonths, 1).With(HardeningBudgeted, false).With(DecisionAuthority, false)
            .With(MlopsFromStart, false).With(KnowledgeTransferPlanned, false).With(DataAccessApproved, false));

        Assert.Equal(Enum.GetValues<FailureMode>(), result.FailureModes());
        Assert.All(result.Risks, risk =>
        {
            Assert.NotEmpty(risk.Statement);
            Assert.NotEmpty(risk.Mitigation);
            Assert.Matches(@"^(\[00[0-2]\])+$", risk.Source);
            Assert.NotEmpty(risk.Answers);
        });
    }

    private static AnswersBuilder Delivered(Approach approach) => approach switch
    {
        Approach.Outsource => new AnswersBuilder(),
        Approach.InHouse => new AnswersBuilder().With(MlTalent, true).With(MlCapacity, true),
        Approach.Buy => new AnswersBuilder().With(Role, StrategicRole.Commodity).With(OffTheShelf, true),
        Approach.Hybrid => new AnswersBuilder().With(TightIteration, true),
        _ => throw new ArgumentOutOfRangeException(nameof(approach), approach, "Not a delivery approach."),
    };

    /// <summary>Whether the failure mode is flagged and, if so, the answers that raised it, in questionnaire order.</summary>
    private static void AssertFlagged(AssessmentResult result, FailureMode failureMode, bool flagged, params string[] triggeringAnswers)
    {
        var risk = result.Risks.SingleOrDefault(risk => risk.FailureMode == failureMode);
        Assert.Equal(flagged, risk is not null);
        if (risk is not null)
        {
            Assert.Equal(triggeringAnswers, risk.Answers.Select(answer => answer.QuestionId));
        }
    }
}
