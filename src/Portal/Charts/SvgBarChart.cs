using System.Text;
using ScottPlot;

namespace OutsourcingPortal.Portal.Charts;

/// <summary>
/// Draws a <see cref="BarChart"/> with ScottPlot as SVG on the server, so the chart needs no script, prints as drawn and
/// shows in every browser. The page shows it as an image: an SVG in an image runs nothing, whatever text it carries.
/// </summary>
public static class SvgBarChart
{
    private const string FontName = "DejaVu Sans";
    private const double GroupGap = 1;

    public static string Render(BarChart chart, int width, int height)
    {
        var plot = new Plot();
        plot.Font.Set(FontName);
        plot.Title(chart.Title, size: 18);
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        var bars = plot.Add.Bars(Bars(chart).ToList());
        bars.Horizontal = true;
        bars.ValueLabelStyle.FontName = FontName;
        bars.ValueLabelStyle.FontSize = 15;
        plot.Axes.Left.SetTicks([.. chart.Categories.Select((_, index) => GroupCentre(chart, index))], [.. chart.Categories]);
        plot.Axes.Bottom.TickLabelStyle.IsVisible = false;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        plot.Axes.Bottom.MinorTickStyle.Length = 0;
        // Room on the right for the longest value label.
        plot.Axes.Margins(left: 0, right: 0.3);
        if (chart.Series.Count > 1)
        {
            foreach (var series in chart.Series)
            {
                plot.Legend.ManualItems.Add(new LegendItem { LabelText = series.Name, FillColor = Color.FromHex(series.Color) });
            }
            // Beneath the axes, where no bar or value label can hide under it.
            plot.ShowLegend(Edge.Bottom);
        }
        return Scalable(plot.GetSvgXml(width, height), width, height);
    }

    /// <summary>The chart as an image address, for an <c>img</c> element.</summary>
    public static string DataUri(BarChart chart, int width, int height) =>
        "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(Render(chart, width, height)));

    /// <summary>The first category at the top: groups are laid out from the top down, series within a group likewise.</summary>
    private static IEnumerable<Bar> Bars(BarChart chart)
    {
        for (var category = 0; category < chart.Categories.Count; category++)
        {
            for (var series = 0; series < chart.Series.Count; series++)
            {
                var value = chart.Series[series].Values[category];
                yield return new Bar
                {
                    Position = GroupCentre(chart, category) + (chart.Series.Count - 1) / 2.0 - series,
                    Value = value,
                    Size = 0.8,
                    FillColor = Color.FromHex(chart.Series[series].Color),
                    Label = chart.Format(value),
                };
            }
        }
    }

    private static double GroupCentre(BarChart chart, int category)
    {
        var groupSize = chart.Series.Count + GroupGap;
        return (chart.Categories.Count - 1 - category) * groupSize + (chart.Series.Count - 1) / 2.0;
    }

    /// <summary>A view box instead of a fixed size, so the image scales with the page and the printed sheet.</summary>
    private static string Scalable(string svg, int width, int height) =>
        svg.Replace($"width=\"{width}\" height=\"{height}\">", $"viewBox=\"0 0 {width} {height}\" preserveAspectRatio=\"xMinYMin meet\">", StringComparison.Ordinal);
}
