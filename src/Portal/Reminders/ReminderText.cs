using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.Portal.Reminders;

/// <summary>How reminders read: how far a day is in words ("in 12 days", "tomorrow", "3 days ago") and where each stands.</summary>
public static class ReminderText
{
    /// <summary>A day <paramref name="days"/> calendar days from today, in words.</summary>
    public static string Days(int days) => days switch
    {
        0 => "today",
        1 => "tomorrow",
        -1 => "yesterday",
        > 1 => $"in {days} days",
        _ => $"{-days} days ago",
    };

    /// <summary>A brief being evaluated, or a draft whose day has gone, is past its deadline; the others still ahead of it.</summary>
    public static string Deadline(BriefReminder brief) =>
        brief.Status is BriefStatus.Evaluating || brief.DaysLeft < 0 ? $"deadline passed {Days(brief.DaysLeft)}" : $"deadline {Days(brief.DaysLeft)}";

    public static string Deadline(InvitationReminder invitation) => $"deadline {Days(invitation.DaysLeft)}";

    public static string Expiry(CertificationReminder certification) =>
        certification.DaysLeft < 0 ? $"expired {Days(certification.DaysLeft)}" : $"expires {Days(certification.DaysLeft)}";

    /// <summary>What the brief waits for: its issue, its invitees' responses, or an award.</summary>
    public static string State(BriefReminder brief)
    {
        var submitted = $"{brief.SubmittedResponses} of {brief.InvitedVendors} {(brief.InvitedVendors == 1 ? "invitee" : "invitees")} submitted";
        return brief.Status switch
        {
            BriefStatus.Draft => "a draft, not issued yet",
            BriefStatus.Evaluating => $"awaiting an award; {submitted}",
            _ => submitted,
        };
    }

    public static string State(InvitationReminder invitation) =>
        invitation.ResponseStatus is ResponseStatus.Draft ? "your response is a draft, not submitted" : "your response is not started";

    /// <summary>A closed brief: the vendor won it, or it went to another vendor (never named to the vendor).</summary>
    public static string Closed(ClosedBriefReminder closed) => closed.Won
        ? $"you won this brief, awarded {Days(-closed.DaysAgo)}"
        : $"closed {Days(-closed.DaysAgo)}: awarded to another vendor";
}
