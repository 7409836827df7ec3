using OutsourcingPortal.VendorRegistry.Api.Scoring;
using static OutsourcingPortal.VendorRegistry.Tests.Scoring.Scoring;

namespace OutsourcingPortal.VendorRegistry.Tests.Scoring;

/// <summary>Best first; equal totals share a rank; ties and the unranked in vendor-name order, whatever the input order.</summary>
public sealed class RankingTests
{
    private static IReadOnlyList<ResponseStanding> Rank(IReadOnlyList<ScoredResponse> responses, IReadOnlyList<Scorecard> scorecards) =>
        ScoreAggregator.Aggregate(Template, responses, scorecards);

    private static IEnumerable<(string, int?)> NamesAndRanks(IEnumerable<ResponseStanding> standings) =>
        standings.Select(standing => (standing.VendorName, standing.Rank));

    [Fact]
    public void The_highest_total_ranks_first()
    {
        var (low, high) = (Response(1, "Low"), Response(2, "High"));

        var standings = Rank([low, high], [Card(low, 1, 2, 2, 2), Card(high, 1, 4, 4, 4)]);

        Assert.Equal([("High", 1), ("Low", 2)], NamesAndRanks(standings));
    }

    [Fact]
    public void Equal_totals_share_a_rank_and_the_next_rank_skips()
    {
        var (acme, beta, gamma, delta) = (Response(1, "Acme"), Response(2, "Beta"), Response(3, "Gamma"), Response(4, "Delta"));

        var standings = Rank([gamma, beta, acme, delta],
            [Card(acme, 1, 4, 4, 4), Card(beta, 1, 4, 4, 4), Card(gamma, 1, 3, 3, 3), Card(delta, 1, 5, 5, 5)]);

        Assert.Equal([("Delta", 1), ("Acme", 2), ("Beta", 2), ("Gamma", 4)], NamesAndRanks(standings));
    }

    [Fact]
    public void Totals_that_read_the_same_after_rounding_share_a_rank()
    {
        var equal = new ScoringTemplate([.. Template.Criteria.Select(criterion => criterion with { Weight = 1 })]);
        var (first, second) = (Response(1, "First"), Response(2, "Second"));

        // First: (0 + 0 + 25) / 3 = 8.33…; second: every mean 4/3 shows as 1.33, so 8.25 exactly. Both read 8.3.
        var standings = ScoreAggregator.Aggregate(equal, [first, second],
        [
            Card(first, 1, 1, 1, 2),
            Card(second, 1, 1, 1, 1), Card(second, 2, 1, 1, 1), Card(second, 3, 2, 2, 2),
        ]);

        Assert.Equal([(8.3m, 1), (8.3m, 1)], standings.Select(standing => (standing.WeightedTotal!.Value, standing.Rank!.Value)));
    }

    [Fact]
    public void Ties_are_ordered_by_vendor_name_ignoring_case()
    {
        var (lower, upper) = (Response(1, "acme"), Response(2, "Beta"));

        var standings = Rank([upper, lower], [Card(lower, 1, 3, 3, 3), Card(upper, 1, 3, 3, 3)]);

        Assert.Equal(["acme", "Beta"], standings.Select(standing => standing.VendorName));
    }

    [Fact]
    public void Ties_between_vendors_of_the_same_name_are_ordered_by_vendor_id()
    {
        var (second, first) = (new ScoredResponse(Id(1), Id(20), "Acme"), new ScoredResponse(Id(2), Id(10), "Acme"));

        var standings = Rank([second, first], [Card(second, 1, 3, 3, 3), Card(first, 1, 3, 3, 3)]);

        Assert.Equal([Id(10), Id(20)], standings.Select(standing => standing.VendorId));
    }

    [Fact]
    public void Unscored_responses_come_last_unranked_in_vendor_name_order()
    {
        var (zeta, alpha, scored) = (Response(1, "Zeta"), Response(2, "Alpha"), Response(3, "Scored"));

        var standings = Rank([zeta, alpha, scored], [Card(scored, 1, 1, 1, 1), Draft(zeta, 1, 5, 5, 5)]);

        Assert.Equal([("Scored", 1), ("Alpha", null), ("Zeta", null)], NamesAndRanks(standings));
    }

    [Fact]
    public void The_ranking_does_not_depend_on_the_order_of_responses_or_scorecards()
    {
        ScoredResponse[] responses = [Response(1, "Acme"), Response(2, "Beta"), Response(3, "Gamma")];
        Scorecard[] cards =
        [
            Card(responses[0], 1, 3, 4, 5), Card(responses[0], 2, 2, 4, 4), Card(responses[1], 1, 3, 3, 3),
            Card(responses[1], 2, 5, 2, 2), Card(responses[2], 1, 4, 4, 1), Draft(responses[2], 2, 5, 5, 5),
        ];

        var forwards = Rank(responses, cards);
        var backwards = Rank([.. responses.Reverse()], [.. cards.Reverse()]);

        Assert.Equal(forwards.Select(standing => (standing.ResponseId, standing.Rank, standing.WeightedTotal)),
            backwards.Select(standing => (standing.ResponseId, standing.Rank, standing.WeightedTotal)));
    }

    [Fact]
    public void No_responses_give_an_empty_ranking()
    {
        Assert.Empty(Rank([], []));
    }
}
