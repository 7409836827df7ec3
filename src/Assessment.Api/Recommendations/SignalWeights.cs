namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>How much each readiness signal counts towards the overall readiness score; only their ratios matter.</summary>
public sealed record SignalWeights(decimal UseCaseClarity, decimal DataReadiness, decimal StakeholderAlignment, decimal LeadershipSupport)
{
    internal decimal Of(ReadinessSignal signal) => signal switch
    {
        ReadinessSignal.UseCaseClarity => UseCaseClarity,
        ReadinessSignal.DataReadiness => DataReadiness,
        ReadinessSignal.StakeholderAlignment => StakeholderAlignment,
        ReadinessSignal.LeadershipSupport => LeadershipSupport,
        _ => throw new ArgumentOutOfRangeException(nameof(signal), signal, "Unknown readiness signal."),
    };
}
