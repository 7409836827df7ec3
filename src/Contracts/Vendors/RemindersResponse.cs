namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// What needs the caller's attention soon, judged on <see cref="Today"/> (UTC): a client organization's briefs whose
/// deadline is near or past without an award, a vendor's invitations it has not answered as their deadline nears, and
/// certifications expiring within 60 days or expired and not renewed (a vendor's own; a client's invitees' and winners'),
/// and a vendor's invitations whose brief was awarded lately, so every invitee learns that it is closed.
/// Each list is soonest first; the lists a caller's side has no part in are empty.
/// </summary>
public sealed record RemindersResponse(
    DateOnly Today,
    IReadOnlyList<BriefReminder> Briefs,
    IReadOnlyList<InvitationReminder> Invitations,
    IReadOnlyList<CertificationReminder> Certifications,
    IReadOnlyList<ClosedBriefReminder> Closed);
