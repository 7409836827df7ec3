namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// A vendor's certification with its evidence. It is valid on a day D when <c>IssuedOn ≤ D ≤ ExpiresOn</c>;
/// <see cref="Status"/> says how it stands on the day it was read.
/// </summary>
public sealed record CertificationResponse(
    Guid Id,
    Guid VendorId,
    CertificationKind Kind,
    string? Name,
    DateOnly IssuedOn,
    DateOnly ExpiresOn,
    CertificationStatus Status,
    IReadOnlyList<FileResponse> Evidence,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
