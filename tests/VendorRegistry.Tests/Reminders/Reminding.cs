using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Reminders;

namespace OutsourcingPortal.VendorRegistry.Tests.Reminders;

/// <summary>
/// Reminders judged at <see cref="Now"/>, late in the evening (UTC) of <see cref="Today"/>, so calendar days and
/// 24-hour spans differ; with builders for the briefs, invitations and certifications they read.
/// </summary>
internal static class Reminding
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 22, 30, 0, TimeSpan.Zero);
    public static readonly DateOnly Today = new(2026, 11, 23);

    public static readonly Guid Vendor = new("00000000-0000-0000-0000-00000000000a");
    public static readonly Guid OtherVendor = new("00000000-0000-0000-0000-00000000000b");

    public static TimeProvider Clock { get; } = new FixedClock(Now);

    public static RemindersResponse ForClient(IReadOnlyList<ClientBrief> briefs, params RecordedCertification[] certifications) =>
        ReminderRules.ForClient(briefs, certifications, Clock);

    public static RemindersResponse ForVendor(IReadOnlyList<VendorInvitationResponse> invitations, params RecordedCertification[] certifications) =>
        ReminderRules.ForVendor(Vendor, invitations, certifications, Clock);

    /// <summary>A brief of the client's, due on the day <paramref name="days"/> from today at noon (UTC) unless a deadline is given.</summary>
    public static ClientBrief Brief(
        BriefStatus status, int days = 30, string title = "Invoice triage", Guid[]? invitees = null, string[]? regulations = null,
        Guid? winner = null, int submitted = 0, DateTimeOffset? deadline = null)
    {
        invitees ??= [Vendor];
        var award = winner is { } vendorId ? new BriefAward(Guid.NewGuid(), vendorId, "Winner", "Best pilot.", Now) : null;
        var brief = new BriefResponse(Guid.NewGuid(), title, "Summary", status, deadline ?? Noon(days), invitees.Length, null, "Use case", "",
            regulations ?? [], null, 1, [], [], Now.AddDays(-10), award, Now.AddDays(-20), Now.AddDays(-10));
        return new ClientBrief(brief, invitees, submitted);
    }

    public static VendorInvitationResponse Invitation(
        BriefStatus status, int days = 30, string title = "Invoice triage", ResponseStatus? response = null, bool? won = null,
        string[]? regulations = null, DateTimeOffset? deadline = null, DateTimeOffset? awardedAt = null) =>
        new(Guid.NewGuid(), Guid.NewGuid(), title, "Summary", "Use case", "", regulations ?? [], status, deadline ?? Noon(days),
            Now.AddDays(-10), response, won, awardedAt ?? (status is BriefStatus.Awarded ? Now : null));

    /// <summary>A certification of <paramref name="vendor"/> (by default <see cref="Vendor"/>) expiring <paramref name="days"/> from today.</summary>
    public static RecordedCertification Certification(
        CertificationKind kind, int days, Guid? vendor = null, string? name = null, string vendorName = "NeuralWorks", int issuedDaysAgo = 700) =>
        new(Guid.NewGuid(), vendor ?? Vendor, vendorName, kind, name, Today.AddDays(-issuedDaysAgo), Today.AddDays(days));

    public static DateTimeOffset Noon(int days) => new DateTimeOffset(Today.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero).AddDays(days);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
