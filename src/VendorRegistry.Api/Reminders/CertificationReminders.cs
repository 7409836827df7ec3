using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Certifications;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;

namespace OutsourcingPortal.VendorRegistry.Api.Reminders;

/// <summary>
/// Certifications due for a reminder: expiring within 60 days or expired (<see cref="CertificationValidity"/>), unless a
/// later one of the same kind (an "other" one: of the same name) is recorded, which is how a renewal shows.
/// </summary>
internal static class CertificationReminders
{
    /// <param name="candidates">The certifications the reader is to be reminded of, if due.</param>
    /// <param name="all">Every certification of the same vendors, where their renewals are found.</param>
    /// <param name="watches">The briefs through which each vendor concerns the reader.</param>
    public static IReadOnlyList<CertificationReminder> Due(
        IEnumerable<RecordedCertification> candidates, IReadOnlyList<RecordedCertification> all, IReadOnlyList<VendorWatch> watches, DateOnly today) =>
        [.. candidates
            .Select(certification => (Certification: certification, Status: CertificationValidity.StatusOn(certification.IssuedOn, certification.ExpiresOn, today)))
            .Where(due => due.Status is CertificationStatus.ExpiringSoon or CertificationStatus.Expired && !IsRenewed(due.Certification, all))
            .Select(due => Reminder(due.Certification, due.Status, watches.Where(watch => watch.VendorId == due.Certification.VendorId).ToList(), today))
            .OrderBy(reminder => reminder.ExpiresOn)
            .ThenBy(reminder => reminder.VendorName, StringComparer.OrdinalIgnoreCase)
            .ThenBy(reminder => reminder.Kind)
            .ThenBy(reminder => reminder.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(reminder => reminder.CertificationId)];

    private static bool IsRenewed(RecordedCertification certification, IReadOnlyList<RecordedCertification> all) =>
        all.Any(other => other.VendorId == certification.VendorId && other.Kind == certification.Kind
            && string.Equals(other.Name?.Trim(), certification.Name?.Trim(), StringComparison.OrdinalIgnoreCase)
            && other.ExpiresOn > certification.ExpiresOn);

    private static CertificationReminder Reminder(RecordedCertification certification, CertificationStatus status, List<VendorWatch> watches, DateOnly today)
    {
        var required = RegistryCertifications.Of(certification.Kind);
        return new(certification.Id, certification.VendorId, certification.VendorName, certification.Kind, certification.Name,
            certification.ExpiresOn, status, certification.ExpiresOn.DayNumber - today.DayNumber,
            Titles(watches),
            Titles(watches.Where(watch => required is { } kind && CertificationRequirements.AnyRequires(watch.Regulations, kind))));
    }

    private static string[] Titles(IEnumerable<VendorWatch> watches) =>
        [.. watches.Select(watch => watch.BriefTitle).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
