namespace OutsourcingPortal.Portal.People;

public enum RoleChangeOutcome
{
    Changed,
    Unchanged,
    NotFound,

    /// <summary>Refused: the organization would be left without an administrator.</summary>
    LastAdministrator,
}
