namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// A vendor's question about a brief and the client's answer, shared with every invitee once answered. The client
/// sees which vendor asked (<see cref="AskedBy"/>); a vendor sees only whether it asked itself.
/// </summary>
public sealed record ClarificationResponse(
    Guid Id, Guid BriefId, string Question, string? Answer, string? AskedBy, bool AskedByYou, DateTimeOffset AskedAt, DateTimeOffset? AnsweredAt);
