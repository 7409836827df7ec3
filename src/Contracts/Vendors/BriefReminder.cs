namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// A brief of the caller's organization: a draft or an open brief whose deadline is within the reminder window, or one
/// being evaluated (its deadline passed) that is not awarded yet. <see cref="DaysLeft"/> counts UTC calendar days from
/// today to the deadline's day: 0 is today, negative once it has passed.
/// </summary>
public sealed record BriefReminder(
    Guid BriefId,
    string Title,
    BriefStatus Status,
    DateTimeOffset Deadline,
    int DaysLeft,
    int InvitedVendors,
    int SubmittedResponses);
