namespace OutsourcingPortal.BuildingBlocks.Http;

/// <summary>
/// The sort part of a list request, <c>?sort=-updatedAt</c>: one of the collection's sortable fields (camelCase, as
/// in its JSON), '-' for descending. Fields map to columns here, so nothing a client sends reaches the SQL text.
/// </summary>
public sealed class ListSort(IReadOnlyDictionary<string, string> columnsByField, string defaultSort)
{
    /// <summary>The <c>order by</c> clause for <paramref name="sort"/>, the id breaking ties so pages never overlap.</summary>
    public bool TryOrderBy(string? sort, out string orderBy)
    {
        var requested = string.IsNullOrWhiteSpace(sort) ? defaultSort : sort.Trim();
        var descending = requested.StartsWith('-');
        if (!columnsByField.TryGetValue(requested.TrimStart('-'), out var column))
        {
            orderBy = "";
            return false;
        }
        var direction = descending ? "desc" : "asc";
        orderBy = $"order by {column} {direction} nulls last, id {direction}";
        return true;
    }

    public IDictionary<string, string[]> Problem() => new Dictionary<string, string[]>
    {
        ["sort"] = [$"Sort by one of {string.Join(", ", columnsByField.Keys)}; put '-' in front for descending."],
    };
}
