namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// A brief the caller's vendor organization was invited to that was awarded within the last two weeks: the notice that
/// it is closed, and whether this vendor won it (never who did). <see cref="DaysAgo"/> counts UTC calendar days.
/// </summary>
public sealed record ClosedBriefReminder(Guid InvitationId, Guid BriefId, string Title, DateTimeOffset AwardedAt, int DaysAgo, bool Won);
