namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// Where a brief stands. Draft: being written, invisible to vendors. Open: issued, invitees answer until the deadline.
/// Evaluating: the deadline has passed and evaluators score the responses. Awarded: one vendor won; the brief is closed.
/// </summary>
public enum BriefStatus
{
    Draft,
    Open,
    Evaluating,
    Awarded,
}
