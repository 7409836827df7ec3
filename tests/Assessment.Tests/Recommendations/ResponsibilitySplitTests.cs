using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;
using static OutsourcingPortal.Assessment.Api.Recommendations.Component;
using static OutsourcingPortal.Assessment.Tests.Assessing;

namespace OutsourcingPortal.Assessment.Tests.Recommendations;

public sealed class ResponsibilitySplitTests
{
    private static readonly Component[] AlwaysKept =
        [ProblemDefinitionAndSuccessMetrics, DataAccessAndGovernance, ModelEvaluationAndAcceptance, ProductionIntegration, RoadmapArchitectureAndDataStrategy];

    [Fact]
    public void A_plain_outsourced_initiative_gets_the_default_split_of_the_articles()
    {
        var result = Assess(new AnswersBuilder());

        Assert.Equal(Enum.GetValues<Component>(), result.ResponsibilitySplit.Select(assignment => assignment.Component));
        Assert.Equal(
        [
            Ownership.Outsource, Ownership.Outsource, Ownership.Outsource, Ownership.Outsource, Ownership.Outsource,
            Ownership.TransitionInHouse,
            Ownership.Keep, Ownership.Keep, Ownership.Keep, Ownership.Keep, Ownership.Keep,
        ], result.ResponsibilitySplit.Select(assignment => assignment.Ownership));
        Assert.All(result.ResponsibilitySplit, assignment => Assert.Equal("default-split", assignment.Reason.RuleId));
    }

    public static TheoryData<string> Scenarios => ["outsource", "in-house", "buy", "hybrid", "staff-augmentation", "managed-service", "restricted"];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void Problem_definition_data_access_acceptance_integration_and_strategy_always_stay_inside(string scenario)
    {
        var result = Assess(Scenario(scenario));

        Assert.All(AlwaysKept, component => Assert.Equal(Ownership.Keep, result.OwnerOf(component)));
    }

    [Fact]
    public void Building_in_house_keeps_every_component()
    {
        var result = Assess(Scenario("in-house"));

        Assert.All(result.ResponsibilitySplit, assignment => Assert.Equal(Ownership.Keep, assignment.Ownership));
        Assert.Equal("in-house-builds-everything", result.Responsibility(MlopsSetup).Reason.RuleId);
    }

    [Fact]
    public void A_bought_products_vendor_trains_deploys_and_maintains_the_model()
    {
        var result = Assess(Scenario("buy"));

        Assert.Equal(Ownership.Outsource, result.OwnerOf(ModelTrainingAndExperimentation));
        Assert.Equal(Ownership.Outsource, result.OwnerOf(MlopsSetup));
        Assert.Equal(Ownership.Outsource, result.OwnerOf(MonitoringAndRetraining));
    }

    [Fact]
    public void Co_development_moves_pipelines_models_and_MLOps_in_house_step_by_step()
    {
        var result = Assess(Scenario("hybrid"));

        Assert.Equal(Ownership.TransitionInHouse, result.OwnerOf(DataPipelineEngineering));
        Assert.Equal(Ownership.TransitionInHouse, result.OwnerOf(MlopsSetup));
        Assert.Equal(Ownership.Outsource, result.OwnerOf(DataLabellingAndAnnotation));
    }

    [Fact]
    public void With_staff_augmentation_the_internal_team_leads_and_keeps_the_build()
    {
        var result = Assess(Scenario("staff-augmentation"));

        Assert.Equal(EngagementModel.StaffAugmentation, result.Recommendation.EngagementModel);
        Assert.All([DataPipelineEngineering, ModelTrainingAndExperimentation, MlopsSetup, ProofOfConcept, MonitoringAndRetraining],
            component => Assert.Equal(Ownership.Keep, result.OwnerOf(component)));
        Assert.Equal(Ownership.Outsource, result.OwnerOf(DataLabellingAndAnnotation));
    }

    [Fact]
    public void A_managed_service_keeps_running_monitoring_and_retraining()
    {
        var result = Assess(Scenario("managed-service"));

        Assert.Equal(Ownership.Outsource, result.OwnerOf(MonitoringAndRetraining));
        Assert.Equal("managed-service-runs-operations", result.Responsibility(MonitoringAndRetraining).Reason.RuleId);
    }

    [Fact]
    public void Monitoring_and_retraining_move_in_house_gradually_unless_a_managed_service_runs_them()
    {
        Assert.Equal(Ownership.TransitionInHouse, Assess(Scenario("outsource")).OwnerOf(MonitoringAndRetraining));
        Assert.Equal(Ownership.TransitionInHouse, Assess(Scenario("hybrid")).OwnerOf(MonitoringAndRetraining));
    }

    [Fact]
    public void A_long_term_capability_goal_moves_the_outsourced_build_in_house()
    {
        var result = Assess(new AnswersBuilder().With(BuildCapability, true));

        Assert.Equal(Approach.Outsource, result.Recommendation.Approach);
        Assert.All([DataPipelineEngineering, ModelTrainingAndExperimentation, MlopsSetup],
            component => Assert.Equal(Ownership.TransitionInHouse, result.OwnerOf(component)));
        var reason = result.Responsibility(MlopsSetup).Reason;
        Assert.Equal("capability-goal-moves-the-build-in", reason.RuleId);
        Assert.Equal([BuildCapability], reason.Answers.Select(answer => answer.QuestionId));
    }

    [Fact]
    public void A_core_differentiators_model_training_stays_inside_even_when_co_developed()
    {
        var result = Assess(new AnswersBuilder().With(Role, StrategicRole.CoreDifferentiator));

        Assert.Equal(Approach.Hybrid, result.Recommendation.Approach);
        Assert.Equal(Ownership.Keep, result.OwnerOf(ModelTrainingAndExperimentation));
        Assert.Equal(Ownership.TransitionInHouse, result.OwnerOf(MlopsSetup));
    }

    [Fact]
    public void Restricted_data_keeps_pipelines_and_labelling_with_the_people_allowed_to_see_it()
    {
        var result = Assess(Scenario("restricted"));

        Assert.Equal(Ownership.Keep, result.OwnerOf(DataPipelineEngineering));
        Assert.Equal(Ownership.Keep, result.OwnerOf(DataLabellingAndAnnotation));
        var reason = result.Responsibility(DataLabellingAndAnnotation).Reason;
        Assert.Equal("restricted-data-stays-inside", reason.RuleId);
        Assert.Equal([Sensitivity], reason.Answers.Select(answer => answer.QuestionId));
    }

    private static AnswersBuilder Scenario(string name) => name switch
    {
        "outsource" => new AnswersBuilder(),
        "in-house" => new AnswersBuilder().With(MlTalent, true).With(MlCapacity, true),
        "buy" => new AnswersBuilder().With(Role, StrategicRole.Commodity).With(OffTheShelf, true),
        "hybrid" => new AnswersBuilder().With(TightIteration, true),
        "staff-augmentation" => new AnswersBuilder().With(MlTalent, true).With(MlCapacity, false),
        "managed-service" => new AnswersBuilder().With(PartnerRunsIt, true),
        "restricted" => new AnswersBuilder().With(Sensitivity, DataSensitivity.HighlySensitive),
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "No such scenario."),
    };
}
