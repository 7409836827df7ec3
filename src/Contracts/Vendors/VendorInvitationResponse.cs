namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// An invitation as the invited vendor sees it: the brief it is asked to answer and by when. It names no other
/// invitee: vendors never learn who they compete with.
/// </summary>
public sealed record VendorInvitationResponse(
    Guid Id, Guid BriefId, string Title, string Summary, DateTimeOffset Deadline, DateTimeOffset InvitedAt);
