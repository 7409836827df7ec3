using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Portal.Audit;
using OutsourcingPortal.Portal.Data;

namespace OutsourcingPortal.Portal.People;

/// <summary>
/// Adds an invitation, and its audit entry, to the caller's unit of work (a transaction for the invitation's
/// organization). Shared by an org admin inviting a colleague and the host operator inviting a new organization's admin.
/// </summary>
public sealed class InvitationIssuer(AuditTrail audit, TimeProvider clock, ILogger<InvitationIssuer> logger)
{
    public InvitationLink Add(PortalDbContext db, AuditActor inviter, Guid organizationId, string email, string role, Uri portalBaseUri)
    {
        var token = InvitationToken.Create();
        var now = clock.GetUtcNowForStorage();
        var invitation = new Invitation
        {
            Id = Guid.CreateVersion7(),
            OrganizationId = organizationId,
            Email = email.Trim(),
            Role = role,
            TokenHash = InvitationToken.Hash(token),
            ExpiresAt = now + Invitation.Lifetime,
            CreatedBy = inviter.Id,
            CreatedAt = now,
        };
        db.Add(invitation);
        audit.Record(db, inviter, organizationId, AuditActions.InvitationCreated, AuditObjectTypes.Invitation, invitation.Id,
            before: null, after: new { invitation.Email, invitation.Role, invitation.ExpiresAt });

        return new InvitationLink(invitation.Email, role, new Uri(portalBaseUri, InvitationToken.LinkPath(token)), invitation.ExpiresAt);
    }

    /// <summary>
    /// Call once the invitation is committed. The portal sends no e-mail yet: the log stands in for the message the
    /// invitee would receive, which is why it carries the link.
    /// </summary>
    public void Announce(InvitationLink link, Guid organizationId) =>
        logger.LogInformation("Invitation for {Email} as {Role} to organization {OrganizationId}: {Link}",
            link.Email, link.Role, organizationId, link.Url);
}
