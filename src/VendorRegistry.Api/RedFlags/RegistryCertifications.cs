using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.RedFlags;

/// <summary>The registry's certification kinds as regulations' requirements name them; "other" certifications meet none.</summary>
public static class RegistryCertifications
{
    public static Certification? Of(CertificationKind kind) => kind switch
    {
        CertificationKind.Iso27001 => Certification.Iso27001,
        CertificationKind.Soc2TypeII => Certification.Soc2Type2,
        CertificationKind.Hitrust => Certification.Hitrust,
        CertificationKind.FedRamp => Certification.Fedramp,
        CertificationKind.Iso42001 => Certification.Iso42001,
        _ => null,
    };
}
