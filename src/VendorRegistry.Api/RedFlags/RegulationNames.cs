using OutsourcingPortal.BuildingBlocks.Data;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>A brief's regulations as stored (kebab-case names), read as the regulations the domain knows.</summary>
public static class RegulationNames
{
    /// <summary>The known regulations among <paramref name="names"/>; names the domain does not know are left out.</summary>
    public static IReadOnlyList<Regulation> Known(IEnumerable<string> names) =>
        [.. names.Select(name => KebabCaseEnum.TryParse<Regulation>(name, out var regulation) ? regulation : (Regulation?)null).OfType<Regulation>()];
}
