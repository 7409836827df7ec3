using System.Globalization;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>
/// missing-certification and expired-certification: for each regulation of the brief, the vendor must hold one of the
/// required certifications valid on the evaluation day (a certification still counts on its expiry date). Holding
/// only expired ones is an expired flag; holding none a missing flag. The quote is the profile's certifications as listed.
/// </summary>
internal static class CertificationCheck
{
    public static IEnumerable<Finding> Find(IReadOnlyList<Regulation> regulations, VendorFacts vendor, DateOnly evaluatedOn)
    {
        foreach (var requirement in regulations.Distinct().Order().Select(CertificationRequirements.For).OfType<CertificationRequirement>())
        {
            var held = vendor.Certifications.Where(certification => requirement.AnyOf.Contains(certification.Certification)).ToList();
            if (held.Any(certification => certification.ExpiresOn >= evaluatedOn))
            {
                continue;
            }
            var required = string.Join(" or ", requirement.AnyOf.Select(Name));
            var regulation = Name(requirement.Regulation);
            if (held.Count == 0)
            {
                yield return Flag(RedFlagKind.MissingCertification, Listed(vendor.Certifications),
                    $"{regulation} requires {required}; the vendor's profile lists none of them.", requirement.Source);
            }
            else
            {
                var latest = held.MaxBy(certification => certification.ExpiresOn)!;
                yield return Flag(RedFlagKind.ExpiredCertification, Listed(held),
                    $"{regulation} requires {required}; the vendor's {Name(latest.Certification)} expired on {Day(latest.ExpiresOn)}, before the evaluation on {Day(evaluatedOn)}.",
                    requirement.Source);
            }
        }
    }

    private static Finding Flag(RedFlagKind kind, string quote, string explanation, string source) =>
        new(new RedFlag(kind, RedFlag.Profile, quote, explanation, source), RedFlagDetector.ProfileOrder, Position: 0);

    private static string Listed(IEnumerable<HeldCertification> certifications)
    {
        var listed = certifications.OrderBy(certification => certification.Certification).ThenBy(certification => certification.ExpiresOn)
            .Select(certification => $"{Name(certification.Certification)} (valid until {Day(certification.ExpiresOn)})").ToList();
        return $"Certifications: {(listed.Count == 0 ? "none" : string.Join(", ", listed))}";
    }

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Name(Certification certification) => certification switch
    {
        Certification.Iso27001 => "ISO 27001",
        Certification.Soc2Type2 => "SOC 2 Type II",
        Certification.Hitrust => "HITRUST",
        Certification.Fedramp => "FedRAMP",
        Certification.PciDss => "PCI DSS",
        Certification.Iso42001 => "ISO/IEC 42001",
        _ => throw new ArgumentOutOfRangeException(nameof(certification), certification, "Unknown certification."),
    };

    private static string Name(Regulation regulation) => regulation switch
    {
        Regulation.Gdpr => "GDPR",
        Regulation.Ccpa => "CCPA",
        Regulation.Hipaa => "HIPAA",
        Regulation.PciDss => "PCI DSS",
        Regulation.FinancialServices => "Financial-services regulation",
        Regulation.UsFederal => "US federal work",
        Regulation.EuAiAct => "The EU AI Act",
        _ => throw new ArgumentOutOfRangeException(nameof(regulation), regulation, "Regulation without a certification requirement."),
    };
}
