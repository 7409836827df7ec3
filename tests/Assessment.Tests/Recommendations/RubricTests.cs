using OutsourcingPortal.Assessment.Api.Recommendations;

namespace OutsourcingPortal.Assessment.Tests.Recommendations;

public sealed class RubricTests
{
    private static readonly Rubric Default = Rubric.Default;

    [Fact]
    public void The_default_rubric_is_version_1_and_valid()
    {
        Assert.Equal(1, Default.Version);
        Assert.Empty(Default.Validate());
    }

    [Fact]
    public void The_default_rubric_carries_the_articles_figures()
    {
        Assert.Equal(new FigureRange(4, 12), Default.Time.PilotWeeks);
        Assert.Equal(new FigureRange(6, 18), Default.Time.InHouseFirstDeliveryMonths);
        Assert.Equal(new FigureRange(4, 6), Default.Time.HiringMonths);
        Assert.Equal(new FigureRange(2, 4), Default.Time.DiscoveryWeeks);
        Assert.Equal(new FigureRange(6, 12), Default.Time.ProofOfConceptWeeks);
        Assert.Equal(new FigureRange(0.15m, 0.20m), Default.Time.TransitionShareOfTotalTime);
        Assert.Equal(new FigureRange(25_000, 100_000), Default.Costs.PilotCostUsd);
        Assert.Equal(new FigureRange(150_000, 500_000), Default.Costs.ProductionBuildCostPerYearUsd);
        Assert.Equal(new FigureRange(0.30m, 0.40m), Default.Costs.DevelopmentShareOfFirstYear);
        Assert.Equal(new FigureRange(0.30m, 0.50m), Default.Costs.OutsourcingSaving);
    }

    public static TheoryData<string, Rubric> InvalidEdits => new()
    {
        { "version", Default with { Version = 0 } },
        { "signalWeights.dataReadiness", Default with { SignalWeights = Default.SignalWeights with { DataReadiness = -1 } } },
        { "signalWeights", Default with { SignalWeights = new(0, 0, 0, 0) } },
        { "readiness.readyScore", Default with { Readiness = Default.Readiness with { ReadyScore = 101 } } },
        { "readiness.signalFloor", Default with { Readiness = Default.Readiness with { SignalFloor = -1 } } },
        { "answers.stableScopeFrom", Default with { Answers = Default.Answers with { StableScopeFrom = 6 } } },
        { "answers.clearMetricFrom", Default with { Answers = Default.Answers with { ClearMetricFrom = 0 } } },
        { "time.hiringMonths", Default with { Time = Default.Time with { HiringMonths = new(6, 4) } } },
        { "time.pilotWeeks", Default with { Time = Default.Time with { PilotWeeks = new(-1, 12) } } },
        { "time.transitionShareOfTotalTime.high", Default with { Time = Default.Time with { TransitionShareOfTotalTime = new(0.15m, 1) } } },
        { "costs.outsourcingSaving.high", Default with { Costs = Default.Costs with { OutsourcingSaving = new(0.3m, 1) } } },
        { "costs.pilotCostUsd", Default with { Costs = Default.Costs with { PilotCostUsd = new(100_000, 25_000) } } },
        { "costs.operatingCostShares", Default with { Costs = Default.Costs with { OperatingCostShares = new(0.5m, 0.5m, 0.5m, 0) } } },
        { "costs.operatingCostShares", Default with { Costs = Default.Costs with { OperatingCostShares = new(1.2m, -0.2m, 0, 0) } } },
    };

    [Theory]
    [MemberData(nameof(InvalidEdits))]
    public void An_invalid_edit_is_reported_under_the_camel_case_path_of_its_figure(string path, Rubric rubric)
    {
        Assert.Equal([path], rubric.Validate().Keys);
    }

    [Fact]
    public void A_tenant_may_pin_a_figure_by_giving_both_ends_the_same_value()
    {
        var pinned = Default with { Time = Default.Time with { HiringMonths = new(5, 5) } };

        Assert.Empty(pinned.Validate());
    }
}
