namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// The scorecards of one response the caller may read. <see cref="OthersHidden"/> says that other evaluators' scorecards
/// are withheld until the caller submits its own, so that everyone scores independently.
/// </summary>
public sealed record ResponseScorecards(IReadOnlyList<ScorecardResponse> Items, bool OthersHidden);
