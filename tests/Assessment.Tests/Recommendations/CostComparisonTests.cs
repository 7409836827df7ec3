using OutsourcingPortal.Assessment.Api.Questionnaires;
using OutsourcingPortal.Assessment.Api.Recommendations;
using static OutsourcingPortal.Assessment.Api.Questionnaires.QuestionIds;
using static OutsourcingPortal.Assessment.Tests.Assessing;

namespace OutsourcingPortal.Assessment.Tests.Recommendations;

public sealed class CostComparisonTests
{
    [Theory]
    [InlineData(ProjectSize.VerySmall, 25_000, 4, 150_000)]
    [InlineData(ProjectSize.Small, 50_000, 7, 266_667)]
    [InlineData(ProjectSize.Medium, 75_000, 9, 383_333)]
    [InlineData(ProjectSize.Large, 100_000, 12, 500_000)]
    public void Outsourcing_costs_a_pilot_then_a_production_build_at_the_sizes_point_in_the_articles_ranges(
        ProjectSize size, int pilotCost, int pilotWeeks, int firstYear)
    {
        var costs = Assess(new AnswersBuilder().With(Size, size)).Costs;

        Assert.Equal("USD", costs.Currency);
        Assert.Equal(pilotCost, costs.OutsourcedPilotCost);
        Assert.Equal(pilotWeeks, costs.Outsourced.WeeksToFirstDelivery);
        Assert.Equal(firstYear, costs.Outsourced.FirstYear.Total);
        Assert.Equal(0, costs.Outsourced.HiringDelayWeeks);
    }

    [Theory]
    [InlineData(ProjectSize.VerySmall, 0.30)]
    [InlineData(ProjectSize.Large, 0.40)]
    public void Development_is_30_to_40_percent_of_first_year_cost_and_the_parts_add_up(ProjectSize size, decimal developmentShare)
    {
        var costs = Assess(new AnswersBuilder().With(Size, size)).Costs;

        foreach (var firstYear in new[] { costs.Outsourced.FirstYear, costs.InHouse.FirstYear })
        {
            Assert.Equal(decimal.Round(firstYear.Total * developmentShare), firstYear.Development);
            Assert.Equal(firstYear.Total,
                firstYear.Development + firstYear.MonitoringAndMaintenance + firstYear.Retraining + firstYear.Infrastructure + firstYear.InternalStaff);
        }
    }

    [Fact]
    public void What_development_leaves_divides_by_the_rubrics_operating_shares()
    {
        var firstYear = Assess(new AnswersBuilder().With(Size, ProjectSize.Large)).Costs.Outsourced.FirstYear;

        Assert.Equal(500_000, firstYear.Total);
        Assert.Equal(200_000, firstYear.Development);
        Assert.Equal(90_000, firstYear.MonitoringAndMaintenance);
        Assert.Equal(60_000, firstYear.Retraining);
        Assert.Equal(90_000, firstYear.Infrastructure);
        Assert.Equal(60_000, firstYear.InternalStaff);
    }

    [Theory]
    [InlineData(ProjectSize.VerySmall, 0.30)]
    [InlineData(ProjectSize.Large, 0.50)]
    public void Building_in_house_costs_what_outsourcing_saves_more(ProjectSize size, decimal saving)
    {
        var costs = Assess(new AnswersBuilder().With(Size, size)).Costs;

        Assert.Equal(decimal.Round(costs.Outsourced.FirstYear.Total / (1 - saving)), costs.InHouse.FirstYear.Total);
    }

    [Theory]
    [InlineData(false, false, ProjectSize.Small, 20, 43)]
    [InlineData(true, false, ProjectSize.Small, 20, 43)]
    [InlineData(true, true, ProjectSize.Small, 0, 23)]
    [InlineData(false, false, ProjectSize.Large, 26, 78)]
    public void In_house_first_delivery_takes_6_to_18_months_of_which_hiring_is_skipped_by_a_team_with_capacity(
        bool talent, bool capacity, ProjectSize size, int hiringWeeks, int weeksToFirstDelivery)
    {
        var costs = Assess(new AnswersBuilder().With(Size, size).With(MlTalent, talent).With(MlCapacity, capacity)).Costs;

        Assert.Equal(hiringWeeks, costs.InHouse.HiringDelayWeeks);
        Assert.Equal(weeksToFirstDelivery, costs.InHouse.WeeksToFirstDelivery);
    }

    [Theory]
    [InlineData(ProjectSize.VerySmall)]
    [InlineData(ProjectSize.Small)]
    [InlineData(ProjectSize.Medium)]
    [InlineData(ProjectSize.Large)]
    public void A_pilot_delivers_first_sooner_than_building_a_team(ProjectSize size)
    {
        var costs = Assess(new AnswersBuilder().With(Size, size)).Costs;

        Assert.InRange(costs.Outsourced.WeeksToFirstDelivery, 4, 12);
        Assert.InRange(costs.InHouse.WeeksToFirstDelivery, 26, 78);
        Assert.InRange(costs.InHouse.HiringDelayWeeks, 17, 26);
    }
}
