using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.Portal.Charts;

namespace OutsourcingPortal.Portal.Briefs;

/// <summary>
/// The responses an evaluator compares side by side: the shortlisted ones whose scores the evaluator may see, or, while
/// nothing is shortlisted, every one of those; one row per criterion, one column per response.
/// </summary>
public sealed class SideBySide
{
    // Distinct on screen and in print, and told apart in the figures table by name, never by colour alone.
    private static readonly string[] Palette = ["#2456c7", "#c75a24", "#2a8a4a", "#7a3fb0", "#8a6d00", "#b0303f"];

    private SideBySide(BriefEvaluation evaluation, IReadOnlyList<ResponseEvaluation> responses, bool shortlistOnly)
    {
        Responses = responses;
        ShortlistOnly = shortlistOnly;
        Rows = [.. evaluation.Criteria.Select(criterion => new CriterionRow(criterion,
            [.. responses.Select(response => response.Criteria.FirstOrDefault(statistics => statistics.CriterionId == criterion.Id))]))];
        Chart = new BarChart("Weighted points per criterion", [.. evaluation.Criteria.Select(criterion => criterion.Name)],
            [.. responses.Select((response, index) => new BarSeries(response.VendorName,
                [.. Rows.Select(row => (double)(row.Scores[index]?.Points ?? 0))], Palette[index % Palette.Length]))],
            points => $"{points:0.#}");
    }

    public IReadOnlyList<ResponseEvaluation> Responses { get; }

    /// <summary>False while nothing is shortlisted, so every visible response is compared.</summary>
    public bool ShortlistOnly { get; }

    public IReadOnlyList<CriterionRow> Rows { get; }

    public BarChart Chart { get; }

    public static SideBySide Of(BriefEvaluation evaluation)
    {
        var visible = evaluation.Responses.Where(response => !response.Hidden).ToList();
        var shortlisted = visible.Where(response => response.Shortlisted).ToList();
        return shortlisted.Count > 0 ? new(evaluation, shortlisted, shortlistOnly: true) : new(evaluation, visible, shortlistOnly: false);
    }

    /// <summary>One criterion and how each compared response scored on it (null where the evaluation has no statistics).</summary>
    public sealed record CriterionRow(BriefCriterion Criterion, IReadOnlyList<CriterionStatistics?> Scores);
}
