using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Reminders;

/// <summary>A certification in a vendor's profile, with the vendor's name, as reminders read it.</summary>
public sealed record RecordedCertification(
    Guid Id, Guid VendorId, string VendorName, CertificationKind Kind, string? Name, DateOnly IssuedOn, DateOnly ExpiresOn);
