using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;
using static OutsourcingPortal.Assessment.Api.Recommendations.Component;
using static OutsourcingPortal.Assessment.Tests.Assessing;

namespace OutsourcingPortal.Assessment.Tests.Recommendations;

/// <summary>The articles' own examples, answered as their organizations would, and what the articles advise for them.</summary>
public sealed class WorkedScenarioTests
{
    private static readonly Dictionary<string, (Func<AnswersBuilder> Answers, Approach Approach, Approach? Then, EngagementModel? Model)> Table = new()
    {
        ["[002] a support chatbot at a company without ML staff, under a board deadline"] = (SupportChatbot, Approach.Outsource, null, EngagementModel.ProjectBased),
        ["[002] recommendations that define a product company's customer experience"] = (CoreRecommendations, Approach.InHouse, null, null),
        ["[002] invoice OCR that an existing product already handles"] = (CommodityOcr, Approach.Buy, null, null),
        ["[000] \"use AI to improve efficiency\""] = (UseAiSomewhere, Approach.DiscoveryFirst, Approach.Outsource, EngagementModel.DedicatedTeam),
        ["[002][001] a hospital's clinical-notes model on HIPAA data, without an ML team"] = (HospitalNotes, Approach.Hybrid, null, EngagementModel.DedicatedTeam),
        ["[001] an ML team with the talent but not the capacity"] = (TalentWithoutCapacity, Approach.Hybrid, null, EngagementModel.StaffAugmentation),
        ["[002] a computer-vision specialist for six months, for a team without CV"] = (SixMonthsOfComputerVision, Approach.Hybrid, null, EngagementModel.StaffAugmentation),
        ["[001] predictive analytics at a B2B SaaS company that will own it in the end"] = (SaasPredictiveAnalytics, Approach.Outsource, null, EngagementModel.ProjectBased),
        ["[001] training data that is incomplete and poorly labelled"] = (UnreadyTrainingData, Approach.DataReadinessFirst, Approach.Outsource, EngagementModel.ProjectBased),
        ["[002] a simple labelling task"] = (SimpleLabellingTask, Approach.InHouse, null, null),
        ["[002] fraud detection at a bank with an ML team"] = (BankFraudDetection, Approach.InHouse, null, null),
        ["[002][000] demand forecasting run end to end by a partner, with no AI team wanted"] = (ManagedForecasting, Approach.Outsource, null, EngagementModel.ManagedService),
        ["[002] exploratory personalisation research with rapid pivots, without an ML team"] = (ExploratoryResearch, Approach.Hybrid, null, EngagementModel.DedicatedTeam),
    };

    public static TheoryData<string> Scenarios => [.. Table.Keys];

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void A_worked_scenario_gets_the_articles_advice(string scenario)
    {
        var (answers, approach, then, model) = Table[scenario];

        var recommendation = Assess(answers()).Recommendation;

        Assert.Equal(approach, recommendation.Approach);
        Assert.Equal(then, recommendation.ThenApproach);
        Assert.Equal(model, recommendation.EngagementModel);
    }

    [Fact]
    public void The_scenarios_reach_every_approach_and_every_engagement_model()
    {
        Assert.Equal(Enum.GetValues<Approach>().Order(), Table.Values.Select(scenario => scenario.Approach).Distinct().Order());
        Assert.Equal(Enum.GetValues<EngagementModel>().Order(), Table.Values.Select(scenario => scenario.Model).OfType<EngagementModel>().Distinct().Order());
    }

    [Fact]
    public void The_support_chatbot_is_outsourced_for_the_deadline_and_the_missing_staff_and_piloted_first()
    {
        var result = Assess(SupportChatbot());

        Assert.Equal(["temporary-skill-gap", "no-ml-talent", "supporting-capability", "fixed-deadline", "well-defined-project"], result.ReasonIds());
        Assert.Equal(PhaseKind.ProofOfConcept, result.Plan.Phases[0].Kind);
        Assert.True(result.Costs.Outsourced.WeeksToFirstDelivery < result.Costs.InHouse.WeeksToFirstDelivery);
    }

    [Fact]
    public void The_hospital_keeps_data_access_pipelines_and_labelling_and_is_warned_about_security_without_a_policy()
    {
        var result = Assess(HospitalNotes().With(AiGovernancePolicy, false));

        Assert.Contains("restricted-data", result.ReasonIds());
        Assert.All([DataAccessAndGovernance, DataPipelineEngineering, DataLabellingAndAnnotation], component => Assert.Equal(Ownership.Keep, result.OwnerOf(component)));
        Assert.Contains(FailureMode.WeakSecurityControls, result.FailureModes());
    }

    [Fact]
    public void The_B2B_SaaS_company_outsources_pipelines_models_and_MLOps_and_takes_them_over()
    {
        var result = Assess(SaasPredictiveAnalytics());

        Assert.All([DataPipelineEngineering, ModelTrainingAndExperimentation, MlopsSetup],
            component => Assert.Equal(Ownership.TransitionInHouse, result.OwnerOf(component)));
        Assert.Equal(Ownership.Keep, result.OwnerOf(ProblemDefinitionAndSuccessMetrics));
        Assert.Equal(Ownership.Keep, result.OwnerOf(ModelEvaluationAndAcceptance));
        Assert.DoesNotContain(FailureMode.NoExitStrategy, result.FailureModes());
    }

    [Fact]
    public void Use_AI_somewhere_is_flagged_as_a_vague_problem_and_planned_from_discovery()
    {
        var result = Assess(UseAiSomewhere());

        Assert.Contains(FailureMode.VagueProblem, result.FailureModes());
        Assert.Equal(PhaseKind.Discovery, result.Plan.Phases[0].Kind);
    }

    // [002]: customer service automation has well-established patterns; [001]: fixed deadlines rule out hiring first.
    private static AnswersBuilder SupportChatbot() => new AnswersBuilder()
        .WithOptions(SkillsNeeded, SpecialisedSkill.Nlp, SpecialisedSkill.Llm).With(FixedDeadline, true).With(Size, ProjectSize.Small);

    // [002]: "If recommendation algorithms define the customer experience ... keeping development internal protects that moat."
    private static AnswersBuilder CoreRecommendations() => new AnswersBuilder()
        .With(Role, StrategicRole.CoreDifferentiator).With(MlTalent, true).With(MlCapacity, true)
        .With(TightIteration, true).With(OngoingWork, true).With(Size, ProjectSize.Large);

    // [002]: "When capabilities are commoditized and off-the-shelf solutions exist that meet needs, buying beats building."
    private static AnswersBuilder CommodityOcr() => new AnswersBuilder()
        .With(Role, StrategicRole.Commodity).With(OffTheShelf, true).WithOptions(SkillsNeeded, SpecialisedSkill.ComputerVision);

    // [000]: a vague goal such as "use AI to improve efficiency" almost guarantees waste; start with discovery.
    private static AnswersBuilder UseAiSomewhere() => new AnswersBuilder()
        .WithVagueUseCase().With(ScopeStability, 2);

    // [002]: healthcare AI needs HIPAA compliance; [001]: sensitive data may make outsourcing impractical.
    private static AnswersBuilder HospitalNotes() => new AnswersBuilder()
        .With(Sensitivity, DataSensitivity.HighlySensitive).With(ExternalAccessRestricted, true).WithOptions(Regulations, Regulation.Hipaa)
        .WithOptions(SkillsNeeded, SpecialisedSkill.Nlp);

    // [001]: "If your organization already has machine learning expertise but is constrained by limited resources ..."
    private static AnswersBuilder TalentWithoutCapacity() => new AnswersBuilder().With(MlTalent, true).With(MlCapacity, false);

    // [002]: "A company building computer vision capabilities might hire a CV specialist for six months."
    private static AnswersBuilder SixMonthsOfComputerVision() => new AnswersBuilder()
        .With(MlTalent, true).With(MlCapacity, true).WithOptions(SkillsNeeded, SpecialisedSkill.ComputerVision).With(SkillsCovered, false).With(SkillsPermanent, false);

    // [001]: a mid-stage B2B SaaS company outsources pipelines, models and MLOps; its team retrains the model after 16 weeks.
    private static AnswersBuilder SaasPredictiveAnalytics() => new AnswersBuilder().With(BuildCapability, true).With(Size, ProjectSize.Small);

    // [001]: "If your training data is incomplete, poorly labeled ... begin with a data strategy phase rather than building a model."
    private static AnswersBuilder UnreadyTrainingData() => new AnswersBuilder()
        .With(DataQuality, 1).With(DataLabelling, 1).With(DataAccessibility, 3).With(DataAccessApproved, false);

    // [002]: "Simple data labeling tasks ... might take longer to specify and coordinate than to just build internally."
    private static AnswersBuilder SimpleLabellingTask() => new AnswersBuilder().With(Size, ProjectSize.VerySmall);

    // [002]: a bank's fraud detection on regulated financial data, with the team to build it.
    private static AnswersBuilder BankFraudDetection() => new AnswersBuilder()
        .With(Sensitivity, DataSensitivity.HighlySensitive).WithOptions(Regulations, Regulation.PciDss).With(MlTalent, true).With(MlCapacity, true);

    // [002]: demand forecasting follows proven approaches; [000]: a broader build partner can run the full lifecycle.
    private static AnswersBuilder ManagedForecasting() => new AnswersBuilder().With(PartnerRunsIt, true).With(OngoingWork, true);

    // [002]: "When requirements are highly uncertain and exploratory ... internal teams handle this chaos more easily."
    private static AnswersBuilder ExploratoryResearch() => new AnswersBuilder().With(RequirementUncertainty, 5).With(ScopeStability, 1);
}
