using BenchmarkDotNet.Attributes;
using OutsourcingPortal.Portal.Briefs;
using OutsourcingPortal.Portal.Charts;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;
using OutsourcingPortal.VendorRegistry.Api.Scoring;

namespace OutsourcingPortal.EvaluationBenchmarks;

/// <summary>
/// The CPU work behind one read of a brief's evaluation (red flags for every response, then the ranking) and behind the
/// evaluation page (the comparison chart), for a brief sent to five vendors, the most domain.md §2 advises.
/// </summary>
[MemoryDiagnoser]
public class EvaluationBenchmarks
{
    private const int Vendors = 5;
    private const int Evaluators = 4;
    private static readonly DateOnly EvaluatedOn = new(2026, 11, 23);

    private readonly VendorFacts _vendor = new(ProductionModelCount: 0, TrackRecord: "Mostly proofs of concept so far.", NamedTeamMembers: [],
        Certifications: [new HeldCertification(Certification.Iso27001, new DateOnly(2026, 12, 31))]);

    private BriefAnswerSheet[] _typical = [];
    private BriefAnswerSheet _longest = null!;
    private ScoredResponse[] _responses = [];
    private Scorecard[] _scorecards = [];
    private BarChart _chart = null!;

    [GlobalSetup]
    public void SetUp()
    {
        _typical = [.. Enumerable.Range(1, Vendors).Select(SampleResponses.Typical)];
        _longest = SampleResponses.MaximumLength();
        _responses = [.. Enumerable.Range(1, Vendors).Select(vendor => new ScoredResponse(Guid.NewGuid(), Guid.NewGuid(), $"Vendor {vendor}"))];
        var criteria = ScoringTemplate.Default.Criteria;
        _scorecards =
        [
            .. _responses.SelectMany(response => Enumerable.Range(1, Evaluators).Select(evaluator => new Scorecard(response.ResponseId,
                new Guid($"00000000-0000-0000-0000-{evaluator:D12}"),
                criteria.ToDictionary(criterion => criterion.Id, criterion => (int?)(1 + (criterion.Id.Length + evaluator) % 5), StringComparer.Ordinal),
                Submitted: true))),
        ];
        var standings = ScoreAggregator.Aggregate(ScoringTemplate.Default, _responses, _scorecards);
        _chart = new BarChart("Weighted points per criterion", [.. criteria.Select(criterion => criterion.Name)],
            [.. standings.Select((standing, index) => new BarSeries(standing.VendorName,
                [.. standing.Criteria.Select(statistics => (double)(statistics.Points ?? 0))], $"#{(index + 2) * 0x202020:X6}"))],
            points => $"{points:0.#}");
        // The first detection compiles the regexes: measured runs see them compiled, as a running service does.
        RedFlagDetector.Detect(Input(_longest));
    }

    /// <summary>What <c>GET /briefs/{id}/evaluation</c> computes for five typical responses with four scorecards each.</summary>
    [Benchmark(Baseline = true)]
    public int EvaluateFiveTypicalResponses()
    {
        var flags = _typical.Sum(answers => RedFlagDetector.Detect(Input(answers)).Count);
        return flags + ScoreAggregator.Aggregate(ScoringTemplate.Default, _responses, _scorecards).Count;
    }

    /// <summary>The worst response: every answer at its 10,000-character limit.</summary>
    [Benchmark]
    public int DetectRedFlagsInALongestResponse() => RedFlagDetector.Detect(Input(_longest)).Count;

    /// <summary>The evaluation page's comparison chart: twelve criteria, five vendors, as SVG.</summary>
    [Benchmark]
    public int DrawTheComparisonChart() => SvgBarChart.Render(_chart, 760, 120 + 14 * _chart.Categories.Count * (Vendors + 1)).Length;

    private RedFlagInput Input(BriefAnswerSheet answers) => new(answers, _vendor, [Regulation.Gdpr], EvaluatedOn);
}
