namespace OutsourcingPortal.Portal.People;

public enum InvitationState
{
    Open,
    Expired,
    Accepted,

    /// <summary>The organization was suspended after the invitation was sent.</summary>
    OrganizationSuspended,
}
