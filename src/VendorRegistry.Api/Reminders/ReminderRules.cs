using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Certifications;
using OutsourcingPortal.VendorRegistry.Api.RedFlags;

namespace OutsourcingPortal.VendorRegistry.Api.Reminders;

/// <summary>
/// Who is reminded of what, judged on the clock's day in UTC (days are whole calendar days, so "in 1 day" is tomorrow).
/// A client organization: its drafts and open briefs whose deadline is at most <see cref="DeadlineDays"/> days away (a
/// draft also once its deadline has passed, since it cannot be issued so), its briefs being evaluated until one is
/// awarded, and the due certifications of the vendors it is choosing between (invited to a brief not yet awarded) or
/// has chosen (the winners of its awards). A vendor: its invitations to open briefs due within <see cref="DeadlineDays"/>
/// days whose response it has not submitted, its own due certifications (<see cref="CertificationReminders"/>), and
/// the briefs it was invited to that were awarded within <see cref="ClosedDays"/> days, won or not.
/// </summary>
public static class ReminderRules
{
    /// <summary>How near a deadline is "near": a week gives a vendor a working week to finish its answers.</summary>
    public const int DeadlineDays = 7;

    /// <summary>How long an award stays on the invitees' home page: two weeks, so nobody away for a week misses it.</summary>
    public const int ClosedDays = 14;

    public static RemindersResponse ForClient(IReadOnlyList<ClientBrief> briefs, IReadOnlyList<RecordedCertification> certifications, TimeProvider clock)
    {
        var today = CertificationValidity.Today(clock);
        var due = briefs
            .Where(brief => brief.Brief.Status is BriefStatus.Evaluating
                || (brief.Brief.Status is BriefStatus.Draft or BriefStatus.Open && DaysTo(brief.Brief.Deadline, today) <= DeadlineDays))
            .OrderBy(brief => brief.Brief.Deadline).ThenBy(brief => brief.Brief.Title, StringComparer.Ordinal).ThenBy(brief => brief.Brief.Id)
            .Select(brief => new BriefReminder(brief.Brief.Id, brief.Brief.Title, brief.Brief.Status, brief.Brief.Deadline,
                DaysTo(brief.Brief.Deadline, today), brief.Brief.InvitedVendors, brief.SubmittedResponses));
        var watches = briefs.SelectMany(Watches).ToList();
        var watched = certifications.Where(certification => watches.Any(watch => watch.VendorId == certification.VendorId));
        return new(today, [.. due], [], CertificationReminders.Due(watched, certifications, watches, today), []);
    }

    public static RemindersResponse ForVendor(
        Guid vendorId, IReadOnlyList<VendorInvitationResponse> invitations, IReadOnlyList<RecordedCertification> certifications, TimeProvider clock)
    {
        var today = CertificationValidity.Today(clock);
        var due = invitations
            .Where(invitation => invitation.BriefStatus is BriefStatus.Open && DaysTo(invitation.Deadline, today) <= DeadlineDays
                && invitation.ResponseStatus is not ResponseStatus.Submitted)
            .OrderBy(invitation => invitation.Deadline).ThenBy(invitation => invitation.Title, StringComparer.Ordinal).ThenBy(invitation => invitation.Id)
            .Select(invitation => new InvitationReminder(invitation.Id, invitation.BriefId, invitation.Title, invitation.Deadline,
                DaysTo(invitation.Deadline, today), invitation.ResponseStatus));
        // The briefs it is still in the running for, or has won: there its certifications are read.
        var watches = invitations
            .Where(invitation => invitation.BriefStatus is not BriefStatus.Awarded || invitation.Won == true)
            .Select(invitation => new VendorWatch(vendorId, invitation.Title, RegulationNames.Known(invitation.Regulations)))
            .ToList();
        var own = certifications.Where(certification => certification.VendorId == vendorId);
        var closed = invitations
            .Where(invitation => invitation is { BriefStatus: BriefStatus.Awarded, AwardedAt: { } awarded } && -DaysTo(awarded, today) <= ClosedDays)
            .OrderByDescending(invitation => invitation.AwardedAt).ThenBy(invitation => invitation.Id)
            .Select(invitation => new ClosedBriefReminder(invitation.Id, invitation.BriefId, invitation.Title, invitation.AwardedAt!.Value,
                -DaysTo(invitation.AwardedAt.Value, today), invitation.Won == true));
        return new(today, [], [.. due], CertificationReminders.Due(own, certifications, watches, today), [.. closed]);
    }

    private static IEnumerable<VendorWatch> Watches(ClientBrief brief)
    {
        var regulations = RegulationNames.Known(brief.Brief.Regulations);
        return brief.Brief.Award is { } award
            ? [new VendorWatch(award.VendorId, brief.Brief.Title, regulations)]
            : brief.Invitees.Select(vendorId => new VendorWatch(vendorId, brief.Brief.Title, regulations));
    }

    private static int DaysTo(DateTimeOffset time, DateOnly today) => DateOnly.FromDateTime(time.UtcDateTime).DayNumber - today.DayNumber;
}
