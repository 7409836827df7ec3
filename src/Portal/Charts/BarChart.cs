namespace OutsourcingPortal.Portal.Charts;

/// <summary>
/// A horizontal bar chart: one bar per category and series, grouped by category, each labelled with its value.
/// <see cref="Format"/> writes a value as people read it (weeks, money, a score), on the bars and in the data table.
/// </summary>
public sealed record BarChart(
    string Title,
    IReadOnlyList<string> Categories,
    IReadOnlyList<BarSeries> Series,
    Func<double, string> Format);
