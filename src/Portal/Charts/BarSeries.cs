namespace OutsourcingPortal.Portal.Charts;

/// <summary>One series of a <see cref="BarChart"/>: a value per category, drawn in one colour (a CSS hex colour).</summary>
public sealed record BarSeries(string Name, IReadOnlyList<double> Values, string Color);
