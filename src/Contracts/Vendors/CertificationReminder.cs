namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// A vendor's certification that expires within 60 days or has expired, with no later one of the same kind recorded.
/// <see cref="DaysLeft"/> counts days from today to the expiry date (it still counts on that day; negative once expired).
/// <see cref="Briefs"/> are the briefs through which it concerns the caller (the invitations or awards of that vendor the
/// caller sees), and <see cref="RequiredBy"/> those of them whose regulation requires a certification of this kind.
/// </summary>
public sealed record CertificationReminder(
    Guid CertificationId,
    Guid VendorId,
    string VendorName,
    CertificationKind Kind,
    string? Name,
    DateOnly ExpiresOn,
    CertificationStatus Status,
    int DaysLeft,
    IReadOnlyList<string> Briefs,
    IReadOnlyList<string> RequiredBy);
