namespace OutsourcingPortal.Contracts.Assessment;

/// <summary>How far an initiative has come: described only, or assessed at least once.</summary>
public enum InitiativeStatus
{
    Proposed,
    Assessed,
}
