using OutsourcingPortal.Assessment.Api.Questionnaires;

namespace OutsourcingPortal.Assessment.Api.Recommendations;

/// <summary>
/// A figure the articles give as a range, such as a pilot's $25,000–$100,000. The project size picks the point:
/// very small the low end, large the high end, the sizes between at even steps. A tenant pins a figure by giving
/// both ends the same value.
/// </summary>
public sealed record FigureRange(decimal Low, decimal High)
{
    internal decimal At(ProjectSize size) => Low + ((High - Low) * (int)size / (int)ProjectSize.Large);
}
