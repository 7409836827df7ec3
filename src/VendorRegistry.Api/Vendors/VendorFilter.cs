using System.ComponentModel.DataAnnotations;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Vendors;

/// <summary>
/// What narrows the registry: <c>?q=</c> (name, capability or vertical), <c>?capability=</c>, <c>?vertical=</c>,
/// <c>?region=</c> (wire spellings), <c>?certification=</c> (a kind) and <c>?validOn=</c> (a date, today by default
/// when a certification is asked for): only vendors holding such a certification valid on that day; and <c>?sort=</c>.
/// </summary>
public sealed record VendorFilter
{
    [StringLength(200)]
    public string? Q { get; init; }

    [StringLength(40)]
    public string? Capability { get; init; }

    [StringLength(40)]
    public string? Vertical { get; init; }

    [StringLength(40)]
    public string? Region { get; init; }

    [StringLength(40)]
    public string? Certification { get; init; }

    public DateOnly? ValidOn { get; init; }

    [StringLength(40)]
    public string? Sort { get; init; }

    /// <summary>What is wrong with the filter's values, keyed by parameter; empty when nothing is.</summary>
    public Dictionary<string, string[]> Errors()
    {
        var errors = new Dictionary<string, string[]>();
        Check<VendorCapability>(Capability, "capability", errors);
        Check<Vertical>(Vertical, "vertical", errors);
        Check<DeliveryRegion>(Region, "region", errors);
        Check<CertificationKind>(Certification, "certification", errors);
        return errors;
    }

    /// <summary>The day a certification must be valid on, if the filter asks for one.</summary>
    public DateOnly? CertifiedOn(DateOnly today) => ValidOn ?? (Certification is null ? null : today);

    private static void Check<TEnum>(string? value, string parameter, Dictionary<string, string[]> errors) where TEnum : struct, Enum
    {
        if (value is not null && !KebabCaseEnum.TryParse<TEnum>(value, out _))
        {
            errors[parameter] = [$"Use one of {string.Join(", ", KebabCaseEnum.Names<TEnum>())}."];
        }
    }
}
