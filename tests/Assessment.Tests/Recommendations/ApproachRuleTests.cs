using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;
using static OutsourcingPortal.Assessment.Tests.Assessing;

namespace OutsourcingPortal.Assessment.Tests.Recommendations;

/// <summary>Each approach rule applies exactly when its condition holds, at the boundary of that condition.</summary>
public sealed class ApproachRuleTests
{
    // Use-case clarity of these answers: (50 + 100 + 0 + 50) / 4 = 50.
    private static AnswersBuilder HalfClearUseCase() =>
        new AnswersBuilder().With(UseCaseProblem, 3).With(UseCaseWorkflow, true).With(UseCaseBaseline, false).With(UseCaseMetric, 3);

    [Theory]
    [InlineData(50, false)]
    [InlineData(51, true)]
    public void A_use_case_scoring_under_the_floor_is_vague_and_starts_with_discovery(int floor, bool vague)
    {
        var result = Assess(HalfClearUseCase(), WithReadiness(readyScore: 70, floor));

        Assert.Equal(vague, result.AppliedRules().Contains("vague-use-case"));
        Assert.Equal(vague ? Approach.DiscoveryFirst : Approach.Outsource, result.Recommendation.Approach);
    }

    [Theory]
    [InlineData(3, 3, 4, false)]
    [InlineData(3, 3, 3, true)]
    public void Data_scoring_under_the_default_floor_of_40_is_not_ready_and_comes_first(int accessibility, int quality, int labelling, bool notReady)
    {
        // (50 + 50 + 75 + 0) / 4 = 44, and (50 + 50 + 50 + 0) / 4 = 38.
        var result = Assess(new AnswersBuilder()
            .With(DataAccessibility, accessibility).With(DataQuality, quality).With(DataLabelling, labelling).With(DataAccessApproved, false));

        Assert.Equal(notReady, result.AppliedRules().Contains("data-not-ready"));
        Assert.Equal(notReady ? Approach.DataReadinessFirst : Approach.Outsource, result.Recommendation.Approach);
    }

    [Theory]
    [InlineData(StrategicRole.Commodity, true, true)]
    [InlineData(StrategicRole.Commodity, false, false)]
    [InlineData(StrategicRole.ImportantNotDifferentiating, true, false)]
    public void A_commodity_is_bought_only_when_an_existing_product_meets_the_need(StrategicRole role, bool productMeetsNeed, bool bought)
    {
        var result = Assess(new AnswersBuilder().With(Role, role).With(OffTheShelf, productMeetsNeed));

        Assert.Equal(bought, result.AppliedRules().Contains("commodity-off-the-shelf"));
        Assert.Equal(bought ? Approach.Buy : Approach.Outsource, result.Recommendation.Approach);
    }

    [Theory]
    [InlineData(ProjectSize.VerySmall, true)]
    [InlineData(ProjectSize.Small, false)]
    public void A_very_small_project_stays_in_house_because_coordination_would_cost_more(ProjectSize size, bool inHouse)
    {
        var result = Assess(new AnswersBuilder().With(Size, size));

        Assert.Equal(inHouse, result.AppliedRules().Contains("very-small-project"));
        Assert.Equal(inHouse ? Approach.InHouse : Approach.Outsource, result.Recommendation.Approach);
    }

    [Theory]
    [InlineData(StrategicRole.CoreDifferentiator, true)]
    [InlineData(StrategicRole.ImportantNotDifferentiating, false)]
    [InlineData(StrategicRole.Commodity, false)]
    public void A_core_differentiator_keeps_development_inside(StrategicRole role, bool keeps)
    {
        var result = Assess(new AnswersBuilder().With(Role, role));

        Assert.Equal(keeps, result.AppliedRules().Contains("core-differentiator"));
        Assert.Equal(keeps ? Approach.Hybrid : Approach.Outsource, result.Recommendation.Approach);
    }

    [Theory]
    [InlineData(DataSensitivity.HighlySensitive, false, true)]
    [InlineData(DataSensitivity.Confidential, true, true)]
    [InlineData(DataSensitivity.Confidential, false, false)]
    public void Highly_sensitive_data_or_regulation_restricting_external_access_keeps_development_inside(
        DataSensitivity sensitivity, bool externalAccessRestricted, bool keeps)
    {
        var result = Assess(new AnswersBuilder().With(Sensitivity, sensitivity).With(ExternalAccessRestricted, externalAccessRestricted));

        Assert.Equal(keeps, result.AppliedRules().Contains("restricted-data"));
        Assert.Equal(keeps ? Approach.Hybrid : Approach.Outsource, result.Recommendation.Approach);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void Tight_iteration_with_product_teams_keeps_development_inside(bool tightIteration, bool keeps)
    {
        var result = Assess(new AnswersBuilder().With(TightIteration, tightIteration));

        Assert.Equal(keeps, result.AppliedRules().Contains("tight-iteration"));
    }

    [Theory]
    [InlineData(4, true)]
    [InlineData(3, false)]
    public void Requirements_count_as_highly_exploratory_from_4_on_the_uncertainty_scale(int uncertainty, bool keeps)
    {
        var result = Assess(new AnswersBuilder().With(RequirementUncertainty, uncertainty));

        Assert.Equal(keeps, result.AppliedRules().Contains("exploratory-requirements"));
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void A_team_building_its_own_expertise_keeps_development_inside(bool talent, bool capabilityGoal, bool keeps)
    {
        var result = Assess(new AnswersBuilder().With(MlTalent, talent).With(MlCapacity, true).With(BuildCapability, capabilityGoal));

        Assert.Equal(keeps, result.AppliedRules().Contains("team-building-expertise"));
    }

    [Theory]
    [InlineData(true, true, Approach.InHouse)]
    [InlineData(true, false, Approach.Hybrid)]
    [InlineData(false, false, Approach.Hybrid)]
    public void Keeping_control_means_in_house_with_talent_and_capacity_and_hybrid_without(bool talent, bool capacity, Approach approach)
    {
        var result = Assess(new AnswersBuilder().With(Role, StrategicRole.CoreDifferentiator).With(MlTalent, talent).With(MlCapacity, capacity));

        Assert.Equal(approach, result.Recommendation.Approach);
        Assert.Equal("core-differentiator", result.Recommendation.Reasons[0].RuleId);
    }

    [Theory]
    [InlineData(true, false, true)]
    [InlineData(true, true, false)]
    [InlineData(false, false, false)]
    public void Talent_without_capacity_extends_the_team_instead_of_outsourcing(bool talent, bool capacity, bool extends)
    {
        var result = Assess(new AnswersBuilder().With(MlTalent, talent).With(MlCapacity, capacity));

        Assert.Equal(extends, result.AppliedRules().Contains("talent-without-capacity"));
        Assert.Equal(extends, result.Recommendation.Approach == Approach.Hybrid);
    }

    [Theory]
    [InlineData(true, false, false, true)]
    [InlineData(false, false, false, false)]
    [InlineData(true, true, false, false)]
    [InlineData(true, false, true, false)]
    public void A_missing_specialised_skill_that_is_not_needed_for_good_is_a_temporary_gap(
        bool skillNeeded, bool covered, bool permanent, bool gap)
    {
        var skills = skillNeeded ? [SpecialisedSkill.ComputerVision] : Array.Empty<SpecialisedSkill>();

        var result = Assess(new AnswersBuilder().WithOptions(SkillsNeeded, skills).With(SkillsCovered, covered).With(SkillsPermanent, permanent));

        Assert.Equal(gap, result.AppliedRules().Contains("temporary-skill-gap"));
    }

    [Theory]
    [InlineData(true, Approach.Hybrid)]
    [InlineData(false, Approach.Outsource)]
    public void A_temporary_skill_gap_is_filled_alongside_the_team_when_there_is_one(bool talent, Approach approach)
    {
        var result = Assess(new AnswersBuilder().WithOptions(SkillsNeeded, SpecialisedSkill.Llm).With(MlTalent, talent).With(MlCapacity, talent));

        Assert.Equal(approach, result.Recommendation.Approach);
        Assert.Contains("temporary-skill-gap", result.ReasonIds());
    }

    [Theory]
    [InlineData(true, true, true)]
    [InlineData(true, false, false)]
    [InlineData(false, true, false)]
    public void A_team_with_talent_and_capacity_delivers_in_house(bool talent, bool capacity, bool delivers)
    {
        var result = Assess(new AnswersBuilder().With(MlTalent, talent).With(MlCapacity, capacity));

        Assert.Equal(delivers, result.AppliedRules().Contains("team-can-deliver"));
        Assert.Equal(delivers, result.Recommendation.Approach == Approach.InHouse);
    }

    [Theory]
    [InlineData(false, true)]
    [InlineData(true, false)]
    public void No_ML_talent_in_house_is_a_reason_to_outsource(bool talent, bool outsources)
    {
        var result = Assess(new AnswersBuilder().With(MlTalent, talent));

        Assert.Equal(outsources, result.AppliedRules().Contains("no-ml-talent"));
    }

    [Theory]
    [InlineData(StrategicRole.ImportantNotDifferentiating, true)]
    [InlineData(StrategicRole.Commodity, true)]
    [InlineData(StrategicRole.CoreDifferentiator, false)]
    public void AI_that_is_not_the_core_product_is_a_supporting_capability(StrategicRole role, bool supporting)
    {
        var result = Assess(new AnswersBuilder().With(Role, role));

        Assert.Equal(supporting, result.AppliedRules().Contains("supporting-capability"));
    }

    [Theory]
    [InlineData(FixedDeadline, "fixed-deadline")]
    [InlineData(CurrentBudgetCycle, "current-budget-cycle")]
    [InlineData(EngineeringAroundModel, "engineering-around-the-model")]
    public void Time_pressure_and_engineering_around_the_model_count_for_outsourcing_when_the_team_cannot_build_alone(string questionId, string ruleId)
    {
        var without = Assess(new AnswersBuilder().With(questionId, false));
        var withIt = Assess(new AnswersBuilder().With(questionId, true));
        var withItAndATeam = Assess(new AnswersBuilder().With(questionId, true).With(MlTalent, true).With(MlCapacity, true));

        Assert.DoesNotContain(ruleId, without.AppliedRules());
        Assert.Contains(ruleId, withIt.ReasonIds());
        Assert.Equal(Approach.Outsource, withIt.Recommendation.Approach);
        Assert.DoesNotContain(ruleId, withItAndATeam.AppliedRules());
    }

    [Fact]
    public void Every_approach_rule_names_its_articles_and_cites_the_answers_it_read()
    {
        var result = Assess(new AnswersBuilder().With(FixedDeadline, true));

        var deadline = result.Recommendation.Reasons.Single(reason => reason.RuleId == "fixed-deadline");
        Assert.Equal("[001]", deadline.Source);
        Assert.Equal("A fixed deadline leaves no room for a 4–6-month hiring cycle.", deadline.Statement);
        Assert.Equal([FixedDeadline, MlTalent], deadline.Answers.Select(answer => answer.QuestionId).Order(StringComparer.Ordinal));
        Assert.All(result.Recommendation.Reasons, reason => Assert.Matches(@"^(\[00[0-2]\])+$", reason.Source));
    }
}
