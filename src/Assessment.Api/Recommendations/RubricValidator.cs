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
        void RequireRanges(string section, params (string Name, FigureRange Range)[] ranges)
        {
            foreach (var (name, range) in ranges)
            {
                Require(range.Low >= 0 && range.Low <= range.High, "Must run from a low end of 0 or more to a high end at least as large.", section, name);
            }
        }
        void RequireShare(string section, string name, FigureRange share) =>
            Require(share.High < 1, "A share must stay below 1.", section, name, nameof(FigureRange.High));

        Require(rubric.Version >= 1, "Must be 1 or more.", nameof(Rubric.Version));

        var weights = Enum.GetValues<ReadinessSignal>().Select(signal => (Name: signal.ToString(), Weight: rubric.SignalWeights.Of(signal))).ToList();
        foreach (var (name, weight) in weights)
        {
            Require(weight >= 0, "Must not be negative.", nameof(Rubric.SignalWeights), name);
        }
        Require(weights.Sum(signal => signal.Weight) > 0, "At least one weight must be above zero.", nameof(Rubric.SignalWeights));

        var (readiness, answers) = (rubric.Readiness, rubric.Answers);
        Require(readiness.ReadyScore is >= 0 and <= 100, "Must be from 0 to 100.", nameof(Rubric.Readiness), nameof(readiness.ReadyScore));
        Require(readiness.SignalFloor is >= 0 and <= 100, "Must be from 0 to 100.", nameof(Rubric.Readiness), nameof(readiness.SignalFloor));
        Require(answers.ExploratoryRequirementsFrom is >= 1 and <= 5, "Must be on the 1–5 scale.", nameof(Rubric.Answers), nameof(answers.ExploratoryRequirementsFrom));
        Require(answers.StableScopeFrom is >= 1 and <= 5, "Must be on the 1–5 scale.", nameof(Rubric.Answers), nameof(answers.StableScopeFrom));
        Require(answers.ClearMetricFrom is >= 1 and <= 5, "Must be on the 1–5 scale.", nameof(Rubric.Answers), nameof(answers.ClearMetricFrom));

        var time = rubric.Time;
        RequireRanges(nameof(Rubric.Time),
            (nameof(time.PilotWeeks), time.PilotWeeks),
            (nameof(time.InHouseFirstDeliveryMonths), time.InHouseFirstDeliveryMonths),
            (nameof(time.HiringMonths), time.HiringMonths),
            (nameof(time.DiscoveryWeeks), time.DiscoveryWeeks),
            (nameof(time.DataReadinessWeeks), time.DataReadinessWeeks),
            (nameof(time.ProofOfConceptWeeks), time.ProofOfConceptWeeks),
            (nameof(time.DevelopmentWeeks), time.DevelopmentWeeks),
            (nameof(time.HardeningWeeks), time.HardeningWeeks),
            (nameof(time.TransitionShareOfTotalTime), time.TransitionShareOfTotalTime));
        RequireShare(nameof(Rubric.Time), nameof(time.TransitionShareOfTotalTime), time.TransitionShareOfTotalTime);

        var costs = rubric.Costs;
        RequireRanges(nameof(Rubric.Costs),
            (nameof(costs.PilotCostUsd), costs.PilotCostUsd),
            (nameof(costs.ProductionBuildCostPerYearUsd), costs.ProductionBuildCostPerYearUsd),
            (nameof(costs.DevelopmentShareOfFirstYear), costs.DevelopmentShareOfFirstYear),
            (nameof(costs.OutsourcingSaving), costs.OutsourcingSaving));
        RequireShare(nameof(Rubric.Costs), nameof(costs.DevelopmentShareOfFirstYear), costs.DevelopmentShareOfFirstYear);
        RequireShare(nameof(Rubric.Costs), nameof(costs.OutsourcingSaving), costs.OutsourcingSaving);

        var shares = costs.OperatingCostShares;
        Require(new[] { shares.MonitoringAndMaintenance, shares.Retraining, shares.Infrastructure, shares.InternalStaff }.All(share => share >= 0) && shares.Total == 1,
            "Must be shares of 0 or more that add up to 1.", nameof(Rubric.Costs), nameof(costs.OperatingCostShares));
        return errors;
    }
}
