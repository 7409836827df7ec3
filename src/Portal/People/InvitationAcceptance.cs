using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Portal.Audit;
using OutsourcingPortal.Portal.Data;
using OutsourcingPortal.Portal.Identity;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.People;

/// <summary>
/// Turns an invitation link into an account and signs the new person in. Runs in the request that posts the
/// acceptance form (it sets the sign-in cookie), with the request's context, which Identity's stores share.
/// </summary>
public sealed class InvitationAcceptance(
    PortalDbContext db,
    UserManager<PortalUser> users,
    SignInManager<PortalUser> signInManager,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<InvitationAcceptance> logger)
{
    /// <summary>Null when no invitation has this token.</summary>
    public async Task<InvitationDetails?> FindAsync(string token, CancellationToken cancellationToken)
    {
        var found = await FindWithOrganizationAsync(token, cancellationToken);
        return found is null ? null : new InvitationDetails(found.Value.Invitation.Email, found.Value.Invitation.Role, found.Value.Organization.Name, StateOf(found.Value));
    }

    /// <summary>Creates the account, marks the invitation used and signs in; the errors say why not (password rules, used link…).</summary>
    public async Task<IReadOnlyList<string>> AcceptAsync(string token, string displayName, string password, CancellationToken cancellationToken)
    {
        var found = await FindWithOrganizationAsync(token, cancellationToken);
        if (found is not { } pair || StateOf(pair) != InvitationState.Open)
        {
            return ["This invitation can no longer be accepted."];
        }
        var (invitation, organization) = pair;

        await using var transaction = await db.BeginTenantTransactionAsync(organization.Id, cancellationToken);
        // Claims the invitation first: of two acceptances racing, the second finds it taken and creates nothing.
        var now = clock.GetUtcNowForStorage();
        var claimed = await db.Invitations
            .Where(candidate => candidate.Id == invitation.Id && candidate.AcceptedAt == null)
            .ExecuteUpdateAsync(update => update.SetProperty(candidate => candidate.AcceptedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return ["This invitation has just been accepted."];
        }
        if (await users.FindByEmailAsync(invitation.Email) is not null)
        {
            return [$"{invitation.Email} already has an account: sign in instead."];
        }

        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            UserName = invitation.Email,
            Email = invitation.Email,
            EmailConfirmed = true,
            DisplayName = displayName.Trim(),
            OrganizationId = organization.Id,
            CreatedAt = now,
        };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return created.Errors.Select(error => error.Description).ToList();
        }
        var roles = await users.AddToRolesAsync(user, RoleGrants.Held(invitation.Role));
        if (!roles.Succeeded)
        {
            return roles.Errors.Select(error => error.Description).ToList();
        }

        await db.Invitations.Where(candidate => candidate.Id == invitation.Id)
            .ExecuteUpdateAsync(update => update.SetProperty(candidate => candidate.AcceptedBy, user.Id), cancellationToken);
        audit.Record(db, new AuditActor(user.Id, user.DisplayName), organization.Id, AuditActions.InvitationAccepted,
            AuditObjectTypes.Invitation, invitation.Id, before: null, after: new { invitation.Email, invitation.Role, personId = user.Id });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("{Email} accepted the invitation to organization {OrganizationId} as {Role}", invitation.Email, organization.Id, invitation.Role);
        await signInManager.SignInAsync(user, isPersistent: false);
        return [];
    }

    private async Task<(Invitation Invitation, Organization Organization)?> FindWithOrganizationAsync(string token, CancellationToken cancellationToken)
    {
        var hash = InvitationToken.Hash(token);
        var found = await db.Invitations.AsNoTracking()
            .Where(invitation => invitation.TokenHash == hash)
            .Join(db.Organizations, invitation => invitation.OrganizationId, organization => organization.Id,
                (invitation, organization) => new { invitation, organization })
            .SingleOrDefaultAsync(cancellationToken);
        return found is null ? null : (found.invitation, found.organization);
    }

    private InvitationState StateOf((Invitation Invitation, Organization Organization) found) =>
        found.Invitation.AcceptedAt is not null ? InvitationState.Accepted
        : found.Invitation.ExpiresAt <= clock.GetUtcNow() ? InvitationState.Expired
        : found.Organization.Status != OrganizationStatus.Active ? InvitationState.OrganizationSuspended
        : InvitationState.Open;
}
