namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// A brief (RFP) as its client organization sees it: what it asks for, the assessed initiative it came from (if any),
/// how responses are scored, and where it stands. <see cref="Warnings"/> says what to reconsider before issuing it
/// (domain.md §2: brief three to five vendors).
/// </summary>
public sealed record BriefResponse(
    Guid Id,
    string Title,
    string Summary,
    BriefStatus Status,
    DateTimeOffset Deadline,
    int InvitedVendors,
    Guid? InitiativeId,
    string UseCase,
    string Constraints,
    IReadOnlyList<string> Regulations,
    string? EngagementModel,
    int QuestionnaireVersion,
    IReadOnlyList<BriefCriterion> Criteria,
    IReadOnlyList<string> Warnings,
    DateTimeOffset? IssuedAt,
    BriefAward? Award,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt);
