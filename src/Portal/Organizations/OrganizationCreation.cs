using OutsourcingPortal.Portal.People;

namespace OutsourcingPortal.Portal.Organizations;

/// <summary>A new organization and the invitation of its first administrator, or why it was not created.</summary>
public sealed record OrganizationCreation(Guid? OrganizationId, InvitationLink? AdministratorInvitation, string? Refusal)
{
    public static OrganizationCreation Created(Guid organizationId, InvitationLink invitation) => new(organizationId, invitation, null);

    public static OrganizationCreation Refused(string reason) => new(null, null, reason);
}
