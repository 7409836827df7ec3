using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Certifications;

/// <summary>When a certification counts: valid on a day D when issued ≤ D ≤ expires; "expiring soon" within 60 days of its end.</summary>
public static class CertificationValidity
{
    public const int ExpiringSoonDays = 60;

    /// <summary>The day certifications are judged on: today in UTC.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    public static CertificationStatus StatusOn(DateOnly issuedOn, DateOnly expiresOn, DateOnly day) =>
        day < issuedOn ? CertificationStatus.NotYetValid
        : day > expiresOn ? CertificationStatus.Expired
        : expiresOn.DayNumber - day.DayNumber <= ExpiringSoonDays ? CertificationStatus.ExpiringSoon
        : CertificationStatus.Valid;
}
