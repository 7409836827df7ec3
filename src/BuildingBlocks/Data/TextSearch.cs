namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>The <c>?q=</c> of a list, as an <c>ilike</c> pattern: what was typed, found anywhere, wildcards taken literally.</summary>
public static class TextSearch
{
    public static string? ContainsPattern(string? query) =>
        string.IsNullOrWhiteSpace(query)
            ? null
            : $"%{query.Trim().Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal)}%";
}
