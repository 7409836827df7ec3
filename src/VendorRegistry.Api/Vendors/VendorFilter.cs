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

    /// <summary>The filter over <c>vendors</c> as a <c>where</c> clause; its values bind as <c>$1</c>–<c>$6</c> (<see cref="Values"/>).</summary>
    public const string Where =
        """
        where ($1::text is null or name ilike $1
               or exists (select 1 from unnest(capabilities || verticals) as t (value)
                          where t.value ilike $1 or replace(t.value, '-', ' ') ilike $1))
          and ($2::text is null or $2 = any (capabilities))
          and ($3::text is null or $3 = any (verticals))
          and ($4::text is null or $4 = any (regions))
          and ($6::date is null or exists (
              select 1 from vendor_certifications c
              where c.vendor_id = vendors.id and ($5::text is null or c.kind = $5) and c.issued_on <= $6 and $6 <= c.expires_on))
        """;

    /// <summary>The values of <see cref="Where"/>, in order; a certification without a day means valid <paramref name="today"/>.</summary>
    public object?[] Values(DateOnly today) =>
        [TextSearch.ContainsPattern(Q), Capability, Vertical, Region, Certification, ValidOn ?? (Certification is null ? null : today)];

    private static void Check<TEnum>(string? value, string parameter, Dictionary<string, string[]> errors) where TEnum : struct, Enum
    {
        if (value is not null && !KebabCaseEnum.TryParse<TEnum>(value, out _))
        {
            errors[parameter] = [$"Use one of {string.Join(", ", KebabCaseEnum.Names<TEnum>())}."];
        }
    }
}
