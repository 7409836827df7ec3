using System.Text.Json;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>Checks an edited rubric: non-negative weights and figures, ranges low to high, shares below 1.</summary>
internal static class RubricValidator
{
    public static IReadOnlyDictionary<string, string[]> Validate(Rubric rubric)
    {
        var errors = new SortedDictionary<string, string[]>(StringComparer.Ordinal);
        void Require(bool valid, string message, params string[] path)
        {
            if (!valid)
            {
                errors[string.Join('.', path.Select(JsonNamingPolicy.CamelCase.ConvertName))] = [message];
            }
        }

        Require(rubric.Version >= 1, "Must be 1 or more.", nameof(Rubric.Version));

        var weights = Enum.GetValues<ReadinessSignal>().Select(signal => (Name: signal.ToString(), Weight: rubric.SignalWeights.Of(signal))).ToList();
        foreach (var (name, weight) in weights)
        {
            Require(weight >= 0, "Must not be negative.", nameof(Rubric.SignalWeights), name);
        }
        Require(weights.Sum(signal => signal.Weight) > 0, "At least one weight must be above zero.", nameof(Rubric.SignalWeights));

        foreach (var (name, score) in new[]
        {
            (nameof(ReadinessThresholds.ReadyScore), rubric.Readiness.ReadyScore),
            (nameof(ReadinessThresholds.SignalFloor), rubric.Readiness.SignalFloor),
        })
        {
            Require(score is >= 0 and <= 100, "Must be from 0 to 100.", nameof(Rubric.Readiness), name);
        }
        foreach (var (name, answer) in new[]
        {
            (nameof(AnswerThresholds.ExploratoryRequirementsFrom), rubric.Answers.ExploratoryRequirementsFrom),
            (nameof(AnswerThresholds.StableScopeFrom), rubric.Answers.StableScopeFrom),
            (nameof(AnswerThresholds.ClearMetricFrom), rubric.Answers.ClearMetricFrom),
        })
        {
            Require(answer is >= 1 and <= 5, "Must be on the 1–5 scale.", nameof(Rubric.Answers), name);
        }

        var time = rubric.Time;
        var costs = rubric.Costs;
        foreach (var (section, name, range) in new[]
        {
            (nameof(Rubric.Time), nameof(TimeFigures.PilotWeeks), time.PilotWeeks),
            (nameof(Rubric.Time), nameof(TimeFigures.InHouseFirstDeliveryMonths), time.InHouseFirstDeliveryMonths),
            (nameof(Rubric.Time), nameof(TimeFigures.HiringMonths), time.HiringMonths),
            (nameof(Rubric.Time), nameof(TimeFigures.DiscoveryWeeks), time.DiscoveryWeeks),
            (nameof(Rubric.Time), nameof(TimeFigures.DataReadinessWeeks), time.DataReadinessWeeks),
            (nameof(Rubric.Time), nameof(TimeFigures.ProofOfConceptWeeks), time.ProofOfConceptWeeks),
            (nameof(Rubric.Time), nameof(TimeFigures.DevelopmentWeeks), time.DevelopmentWeeks),
            (nameof(Rubric.Time), nameof(TimeFigures.HardeningWeeks), time.HardeningWeeks),
            (nameof(Rubric.Time), nameof(TimeFigures.TransitionShareOfTotalTime), time.TransitionShareOfTotalTime),
            (nameof(Rubric.Costs), nameof(CostFigures.PilotCostUsd), costs.PilotCostUsd),
            (nameof(Rubric.Costs), nameof(CostFigures.ProductionBuildCostPerYearUsd), costs.ProductionBuildCostPerYearUsd),
            (nameof(Rubric.Costs), nameof(CostFigures.DevelopmentShareOfFirstYear), costs.DevelopmentShareOfFirstYear),
            (nameof(Rubric.Costs), nameof(CostFigures.OutsourcingSaving), costs.OutsourcingSaving),
        })
        {
            Require(range.Low >= 0 && range.Low <= range.High, "Must run from a low end of 0 or more to a high end at least as large.", section, name);
        }
        foreach (var (section, name, share) in new[]
        {
            (nameof(Rubric.Time), nameof(TimeFigures.TransitionShareOfTotalTime), time.TransitionShareOfTotalTime),
            (nameof(Rubric.Costs), nameof(CostFigures.DevelopmentShareOfFirstYear), costs.DevelopmentShareOfFirstYear),
            (nameof(Rubric.Costs), nameof(CostFigures.OutsourcingSaving), costs.OutsourcingSaving),
        })
        {
            Require(share.High < 1, "A share must stay below 1.", section, name, nameof(FigureRange.High));
        }

        var shares = costs.OperatingCostShares;
        Require(new[] { shares.MonitoringAndMaintenance, shares.Retraining, shares.Infrastructure, shares.InternalStaff }.All(share => share >= 0) && shares.Total == 1,
            "Must be shares of 0 or more that add up to 1.", nameof(Rubric.Costs), nameof(CostFigures.OperatingCostShares));
        return errors;
    }
}
