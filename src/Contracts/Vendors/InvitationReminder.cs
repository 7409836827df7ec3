namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// An invitation of the caller's vendor organization to an open brief whose deadline is within the reminder window,
/// with its response not yet submitted. <see cref="DaysLeft"/> counts UTC calendar days from today to the deadline's day.
/// </summary>
public sealed record InvitationReminder(
    Guid InvitationId,
    Guid BriefId,
    string Title,
    DateTimeOffset Deadline,
    int DaysLeft,
    ResponseStatus? ResponseStatus);
