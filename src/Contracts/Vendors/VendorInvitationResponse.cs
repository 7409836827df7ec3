namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// An invitation as the invited vendor sees it: the brief it is asked to answer, by when, where the brief stands and
/// where its own response stands. It names no other invitee: vendors never learn who they compete with. Once the
/// brief is awarded (at <see cref="AwardedAt"/>), <see cref="Won"/> says whether this vendor won it; no vendor learns who else did.
/// </summary>
public sealed record VendorInvitationResponse(
    Guid Id,
    Guid BriefId,
    string Title,
    string Summary,
    string UseCase,
    string Constraints,
    IReadOnlyList<string> Regulations,
    BriefStatus BriefStatus,
    DateTimeOffset Deadline,
    DateTimeOffset InvitedAt,
    ResponseStatus? ResponseStatus,
    bool? Won,
    DateTimeOffset? AwardedAt);
