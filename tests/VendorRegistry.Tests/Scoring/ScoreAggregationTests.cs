using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Scoring;
using static OutsourcingPortal.VendorRegistry.Tests.Scoring.Scoring;

namespace OutsourcingPortal.VendorRegistry.Tests.Scoring;

/// <summary>Per response: mean, spread and deviation per criterion, the weighted 0–100 total, and who counts.</summary>
public sealed class ScoreAggregationTests
{
    private static readonly ScoredResponse Acme = Response(1, "Acme");
    private static readonly ScoredResponse Beta = Response(2, "Beta");

    private static ResponseStanding Single(params Scorecard[] scorecards) =>
        Assert.Single(ScoreAggregator.Aggregate(Template, [Acme], scorecards));

    [Theory]
    [InlineData(5, 100)]
    [InlineData(4, 75)]
    [InlineData(3, 50)]
    [InlineData(2, 25)]
    [InlineData(1, 0)]
    public void The_1_to_5_scale_maps_onto_0_to_100(int score, decimal total)
    {
        Assert.Equal(total, Single(Card(Acme, 1, score, score, score)).WeightedTotal);
    }

    [Fact]
    public void One_evaluator_agrees_with_nobody_so_the_spread_and_deviation_are_zero()
    {
        var quality = Single(Card(Acme, 1, 4, 3, 2)).Criterion(Quality);

        Assert.Equal(new CriterionStatistics(Quality, 2, 1, 4, 4, 4, 0, 0, 37.5m), quality);
    }

    [Fact]
    public void Three_evaluators_give_the_mean_the_range_and_the_population_deviation_to_two_decimals()
    {
        var quality = Single(Card(Acme, 1, 2, 4, 1), Card(Acme, 2, 4, 4, 2), Card(Acme, 3, 5, 4, 3)).Criterion(Quality);

        // Mean 11 / 3; deviation √(((2 − 11/3)² + (4 − 11/3)² + (5 − 11/3)²) / 3) = √(14/9) ≈ 1.247.
        Assert.Equal(new CriterionStatistics(Quality, 2, 3, 3.67m, 2, 5, 3, 1.25m, 33.38m), quality);
    }

    [Fact]
    public void The_total_is_the_weighted_average_of_the_means_as_shown()
    {
        var standing = Single(Card(Acme, 1, 2, 4, 1), Card(Acme, 2, 4, 4, 2), Card(Acme, 3, 5, 4, 3));

        // Quality 3.67 → 66.75 (weight 2), security 4 → 75, price 2 → 25: (133.5 + 75 + 25) / 4 = 58.375.
        Assert.Equal(58.4m, standing.WeightedTotal);
        Assert.Equal(3, standing.EvaluatorCount);
    }

    [Fact]
    public void Each_criterion_adds_its_weighted_points_and_together_they_make_the_total()
    {
        var standing = Single(Card(Acme, 1, 2, 4, 1), Card(Acme, 2, 4, 4, 2), Card(Acme, 3, 5, 4, 3));

        // Quality 66.75 × 2/4, security 75 × 1/4, price 25 × 1/4.
        Assert.Equal([33.38m, 18.75m, 6.25m], standing.Criteria.Select(criterion => criterion.Points!.Value));
        Assert.Equal(standing.WeightedTotal, decimal.Round(standing.Criteria.Sum(criterion => criterion.Points!.Value), 1));
    }

    [Fact]
    public void Only_the_ratios_of_the_weights_matter()
    {
        var tenfold = new ScoringTemplate([.. Template.Criteria.Select(criterion => criterion with { Weight = criterion.Weight * 10 })]);
        Scorecard[] cards = [Card(Acme, 1, 2, 4, 1), Card(Acme, 2, 4, 4, 2)];

        Assert.Equal(
            ScoreAggregator.Aggregate(Template, [Acme], cards).Single().WeightedTotal,
            ScoreAggregator.Aggregate(tenfold, [Acme], cards).Single().WeightedTotal);
    }

    [Fact]
    public void Drafts_do_not_count()
    {
        var standing = Single(Card(Acme, 1, 5, 5, 5), Draft(Acme, 2, 1, 1, 1));

        Assert.Equal((100m, 1), (standing.WeightedTotal!.Value, standing.EvaluatorCount));
    }

    [Fact]
    public void A_response_nobody_has_submitted_a_scorecard_for_is_unranked_with_empty_statistics()
    {
        var standing = Single(Draft(Acme, 1, 5, 5, 5));

        Assert.Equal((null, null, 0), (standing.Rank, standing.WeightedTotal, standing.EvaluatorCount));
        Assert.All(standing.Criteria, criterion => Assert.Equal(new CriterionStatistics(criterion.CriterionId, criterion.Weight, 0, null, null, null, null, null, null), criterion));
    }

    [Fact]
    public void Scorecards_for_other_responses_are_ignored()
    {
        var standing = Single(Card(Acme, 1, 5, 5, 5), Card(Beta, 1, 1, 1, 1));

        Assert.Equal((100m, 1), (standing.WeightedTotal!.Value, standing.EvaluatorCount));
    }

    [Fact]
    public void Scores_for_criteria_the_template_no_longer_has_are_ignored()
    {
        var standing = Single(Card(Acme, 1, (Quality, 5), (Security, 5), (Price, 5), ("retired", 1)));

        Assert.Equal(100m, standing.WeightedTotal);
        Assert.Equal([Quality, Security, Price], standing.Criteria.Select(criterion => criterion.CriterionId));
    }

    [Fact]
    public void A_criterion_nobody_scored_neither_helps_nor_hurts_the_total()
    {
        var added = new ScoringTemplate([.. Template.Criteria, new("team", "Team", 5, "")]);

        var standing = Assert.Single(ScoreAggregator.Aggregate(added, [Acme], [Card(Acme, 1, 4, 4, 4)]));

        Assert.Equal(75m, standing.WeightedTotal);
        Assert.Equal((0, null), (standing.Criterion("team").ScoreCount, standing.Criterion("team").Points));
        Assert.Equal([37.5m, 18.75m, 18.75m], standing.Criteria.Take(3).Select(criterion => criterion.Points!.Value));
    }

    [Fact]
    public void A_criterion_one_evaluator_left_unscored_counts_the_others()
    {
        var standing = Single(Card(Acme, 1, 4, 4, 4), Card(Acme, 2, (Quality, 2), (Security, 4), (Price, null)));

        Assert.Equal((2, 3m), (standing.Criterion(Quality).ScoreCount, standing.Criterion(Quality).Mean!.Value));
        Assert.Equal((1, 4m), (standing.Criterion(Price).ScoreCount, standing.Criterion(Price).Mean!.Value));
    }

    [Fact]
    public void Half_points_round_away_from_zero()
    {
        // Quality 4.5 → 87.5 (weight 2), security 1 → 0, price 1 → 0: 175 / 4 = 43.75 → 43.8.
        var standing = Single(Card(Acme, 1, 4, 1, 1), Card(Acme, 2, 5, 1, 1));

        Assert.Equal(43.8m, standing.WeightedTotal);
    }

    [Fact]
    public void An_invalid_template_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ScoreAggregator.Aggregate(new ScoringTemplate([]), [Acme], []));
    }

    [Fact]
    public void A_response_listed_twice_is_refused()
    {
        Assert.Throws<ArgumentException>(() => ScoreAggregator.Aggregate(Template, [Acme, Acme], []));
    }

    [Fact]
    public void Two_submitted_scorecards_of_one_evaluator_for_one_response_are_refused()
    {
        Assert.Throws<ArgumentException>(() => ScoreAggregator.Aggregate(Template, [Acme], [Card(Acme, 1, 5, 5, 5), Card(Acme, 1, 1, 1, 1)]));
    }

    [Fact]
    public void A_draft_beside_the_same_evaluators_submitted_scorecard_is_fine()
    {
        Assert.Equal(100m, Single(Card(Acme, 1, 5, 5, 5), Draft(Acme, 1, 1, 1, 1)).WeightedTotal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(6)]
    public void A_submitted_score_outside_1_to_5_is_refused(int score)
    {
        Assert.Throws<ArgumentException>(() => ScoreAggregator.Aggregate(Template, [Acme], [Card(Acme, 1, score, 5, 5)]));
    }

    [Fact]
    public void An_out_of_range_score_in_a_draft_does_not_matter()
    {
        Assert.Equal(100m, Single(Card(Acme, 1, 5, 5, 5), Draft(Acme, 2, 9, 9, 9)).WeightedTotal);
    }

    [Fact]
    public void The_default_template_aggregates_too()
    {
        var scores = ScoringTemplate.Default.Criteria.ToDictionary(criterion => criterion.Id, _ => (int?)4, StringComparer.Ordinal);

        var standing = Assert.Single(ScoreAggregator.Aggregate(ScoringTemplate.Default, [Acme], [new(Acme.ResponseId, Id(1), scores, Submitted: true)]));

        Assert.Equal((75m, 12), (standing.WeightedTotal!.Value, standing.Criteria.Count));
    }
}
