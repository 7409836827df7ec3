namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// The weights, thresholds and figures an assessment is scored with. Tenants edit them; every edit is a new
/// version, and a result records the version it used, so an old assessment stays explainable.
/// </summary>
public sealed record Rubric(
    int Version,
    SignalWeights SignalWeights,
    ReadinessThresholds Readiness,
    AnswerThresholds Answers,
    TimeFigures Time,
    CostFigures Costs)
{
    /// <summary>The defaults from domain.md's figures; where the articles give none, the parameter docs say so.</summary>
    public static Rubric Default { get; } = new(
        Version: 1,
        // The four signals are equally necessary [000].
        SignalWeights: new(UseCaseClarity: 1, DataReadiness: 1, StakeholderAlignment: 1, LeadershipSupport: 1),
        Readiness: new(ReadyScore: 70, SignalFloor: 40),
        Answers: new(ExploratoryRequirementsFrom: 4, StableScopeFrom: 4, ClearMetricFrom: 4),
        Time: new(
            PilotWeeks: new(4, 12),
            InHouseFirstDeliveryMonths: new(6, 18),
            HiringMonths: new(4, 6),
            DiscoveryWeeks: new(2, 4),
            DataReadinessWeeks: new(4, 12),
            ProofOfConceptWeeks: new(6, 12),
            DevelopmentWeeks: new(6, 20),
            HardeningWeeks: new(3, 8),
            TransitionShareOfTotalTime: new(0.15m, 0.20m)),
        Costs: new(
            PilotCostUsd: new(25_000, 100_000),
            ProductionBuildCostPerYearUsd: new(150_000, 500_000),
            DevelopmentShareOfFirstYear: new(0.30m, 0.40m),
            OutsourcingSaving: new(0.30m, 0.50m),
            OperatingCostShares: new(MonitoringAndMaintenance: 0.30m, Retraining: 0.20m, Infrastructure: 0.30m, InternalStaff: 0.20m)));

    /// <summary>
    /// Errors in an edited rubric, keyed by the camelCase path of the figure (<c>time.pilotWeeks</c>), empty when
    /// the engine can use it.
    /// </summary>
    public IReadOnlyDictionary<string, string[]> Validate() => RubricValidator.Validate(this);
}
