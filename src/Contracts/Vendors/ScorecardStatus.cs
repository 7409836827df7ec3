namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>Where an evaluator's scorecard stands: a draft only its author sees, or submitted, final and counted.</summary>
public enum ScorecardStatus
{
    Draft,
    Submitted,
}
