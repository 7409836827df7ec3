using System.Text.Json.Serialization;
using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>The components of an AI initiative whose ownership the responsibility split decides [001][002].</summary>
[JsonConverter(typeof(KebabCaseEnumConverter<Component>))]
public enum Component
{
    DataPipelineEngineering,
    ModelTrainingAndExperimentation,
    MlopsSetup,
    ProofOfConcept,
    DataLabellingAndAnnotation,
    MonitoringAndRetraining,
    ProblemDefinitionAndSuccessMetrics,
    DataAccessAndGovernance,
    ModelEvaluationAndAcceptance,
    ProductionIntegration,
    /// <summary>Product roadmap, architectural authority for strategic systems, and data strategy [002].</summary>
    RoadmapArchitectureAndDataStrategy,
}
