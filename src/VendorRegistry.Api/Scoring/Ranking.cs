namespace OutsourcingPortal.VendorRegistry.Api.Scoring;

/// <summary>
/// Ranks standings by their total as shown, so two totals that read the same share a rank ("standard competition"
/// ranking: 1, 1, 3). Vendor name, then vendor id, then response id order ties and the unranked, so the list never
/// depends on the order the database returned it in.
/// </summary>
internal static class Ranking
{
    public static IReadOnlyList<ResponseStanding> Rank(IEnumerable<ResponseStanding> standings)
    {
        var ordered = standings
            .OrderBy(standing => standing.WeightedTotal is null)
            .ThenByDescending(standing => standing.WeightedTotal)
            .ThenBy(standing => standing.VendorName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(standing => standing.VendorName, StringComparer.Ordinal)
            .ThenBy(standing => standing.VendorId)
            .ThenBy(standing => standing.ResponseId)
            .ToList();
        var ranked = new List<ResponseStanding>(ordered.Count);
        for (var position = 0; position < ordered.Count; position++)
        {
            var standing = ordered[position];
            var rank = standing.WeightedTotal is null ? (int?)null
                : position > 0 && ordered[position - 1].WeightedTotal == standing.WeightedTotal ? ranked[position - 1].Rank
                : position + 1;
            ranked.Add(standing with { Rank = rank });
        }
        return ranked;
    }
}
