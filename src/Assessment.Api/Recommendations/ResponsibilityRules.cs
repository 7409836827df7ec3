using OutsourcingPortal.Assessment.Api.Questionnaires;
using static OutsourcingPortal.Assessment.Api.Recommendations.Component;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// Who owns what: the default split of [001] and [002], then each adjustment that applies, in order, so a later
/// rule overrides an earlier one for the same component. The approach and engagement model adjust first; the rules
/// that keep the core model and restricted data inside come last, so nothing moves them out again.
/// </summary>
internal static class ResponsibilityRules
{
    private const string DefaultSplitId = "default-split";

    private static readonly Component[] BuildWork =
        [DataPipelineEngineering, ModelTrainingAndExperimentation, MlopsSetup, ProofOfConcept, DataLabellingAndAnnotation, MonitoringAndRetraining];

    private static readonly Component[] CoreBuild = [DataPipelineEngineering, ModelTrainingAndExperimentation, MlopsSetup];

    private static readonly (Component Component, Ownership Ownership, string Rationale, string Source)[] DefaultSplit =
    [
        (DataPipelineEngineering, Ownership.Outsource, "Infrastructure-heavy work that external teams handle well.", "[001]"),
        (ModelTrainingAndExperimentation, Ownership.Outsource, "Needs ML expertise and experience with iterative work.", "[001]"),
        (MlopsSetup, Ownership.Outsource, "Complex tooling and deployment workflows.", "[001]"),
        (ProofOfConcept, Ownership.Outsource, "Faster validation with external expertise.", "[001]"),
        (DataLabellingAndAnnotation, Ownership.Outsource, "Labour-intensive work that scales remotely.", "[001]"),
        (MonitoringAndRetraining, Ownership.TransitionInHouse, "Outsourced at first, with ownership moving to internal teams gradually.", "[001]"),
        (ProblemDefinitionAndSuccessMetrics, Ownership.Keep, "Needs deep business and product knowledge.", "[001][002]"),
        (DataAccessAndGovernance, Ownership.Keep, "Stays inside for security and compliance.", "[001]"),
        (ModelEvaluationAndAcceptance, Ownership.Keep, "A business decision, not purely a technical one.", "[001]"),
        (ProductionIntegration, Ownership.Keep, "Closely tied to your internal architecture.", "[001]"),
        (RoadmapArchitectureAndDataStrategy, Ownership.Keep, "Product roadmap, architectural authority for strategic systems and data strategy need business context.", "[002]"),
    ];

    public static IReadOnlyList<ResponsibilityRule> Adjustments { get; } =
    [
        new("in-house-builds-everything",
            "Building in house, your own team owns every component.",
            "[001]",
            (_, recommendation) => recommendation.Delivery == Approach.InHouse, Ownership.Keep, BuildWork),
        new("product-vendor-runs-the-model",
            "A bought product's vendor trains, deploys and maintains the model.",
            "[002]",
            (_, recommendation) => recommendation.Delivery == Approach.Buy, Ownership.Outsource, [ModelTrainingAndExperimentation, MlopsSetup, MonitoringAndRetraining]),
        new("co-development-moves-ownership-in",
            "Co-developed components move to your team step by step, towards full internal ownership in the next cycle.",
            "[001]",
            (_, recommendation) => recommendation.Delivery == Approach.Hybrid, Ownership.TransitionInHouse, CoreBuild),
        new("augmented-team-leads",
            "With staff augmentation your team leads the build and the external engineers work within it.",
            "[002]",
            (_, recommendation) => recommendation.EngagementModel == EngagementModel.StaffAugmentation, Ownership.Keep,
            [.. CoreBuild, ProofOfConcept, MonitoringAndRetraining]),
        new("managed-service-runs-operations",
            "A managed service runs the system in production, monitoring and retraining included.",
            "[000][002]",
            (_, recommendation) => recommendation.EngagementModel == EngagementModel.ManagedService, Ownership.Outsource, [MonitoringAndRetraining]),
        new("capability-goal-moves-the-build-in",
            "Building internal capability: outsource the first project, hire during it, co-develop, then own the pipelines, models and MLOps.",
            "[001]",
            (facts, recommendation) => recommendation.Delivery == Approach.Outsource && facts.BuildsCapability, Ownership.TransitionInHouse, CoreBuild),
        new("core-model-stays-inside",
            "Outsourcing core model development leads to long-term dependency and less strategic control.",
            "[001][002]",
            (facts, _) => facts.Role == StrategicRole.CoreDifferentiator, Ownership.Keep, [ModelTrainingAndExperimentation]),
        new("restricted-data-stays-inside",
            "Work on restricted data stays with the people allowed to see it.",
            "[001][002]",
            (facts, _) => facts.DataIsRestricted, Ownership.Keep, [DataPipelineEngineering, DataLabellingAndAnnotation]),
    ];

    public static IReadOnlyList<ResponsibilityAssignment> Split(InitiativeFacts facts, Recommendation recommendation)
    {
        var split = DefaultSplit
            .Select(entry => new ResponsibilityAssignment(entry.Component, entry.Ownership, new Reason(DefaultSplitId, entry.Rationale, entry.Source, [])))
            .ToArray();
        foreach (var rule in Adjustments)
        {
            if (facts.CiteIf(rule, ruleFacts => rule.Applies(ruleFacts, recommendation)) is not { } reason)
            {
                continue;
            }
            for (var index = 0; index < split.Length; index++)
            {
                if (rule.Components.Contains(split[index].Component))
                {
                    split[index] = split[index] with { Ownership = rule.Ownership, Reason = reason };
                }
            }
        }
        return split;
    }
}
