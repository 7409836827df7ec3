using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Portal.Audit;
using OutsourcingPortal.Portal.Data;
using OutsourcingPortal.Portal.Identity;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.People;

/// <summary>
/// An org admin's view of their organization's people. Every query is filtered by the admin's own organization: the
/// identity directory is host-level data, so the code, not the database, keeps tenants apart here.
/// </summary>
public sealed class PeopleDirectory(
    IDbContextFactory<PortalDbContext> dbFactory, InvitationIssuer invitations, AuditTrail audit, ILogger<PeopleDirectory> logger)
{
    public async Task<IReadOnlyList<PersonSummary>> ListMembersAsync(SignedInPerson admin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var organizationId = RequireOrgAdmin(admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var members = await db.Users.AsNoTracking()
            .Where(user => user.OrganizationId == organizationId)
            .OrderBy(user => user.DisplayName)
            .Select(user => new
            {
                user.Id,
                user.DisplayName,
                Email = user.Email ?? string.Empty,
                user.LockoutEnd,
                Roles = db.UserRoles.Where(link => link.UserId == user.Id)
                    .Join(db.Roles, link => link.RoleId, role => role.Id, (_, role) => role.Name!)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return members
            .Select(member => new PersonSummary(member.Id, member.DisplayName, member.Email, RoleGrants.Given(member.Roles), member.LockoutEnd > now))
            .ToList();
    }

    public async Task<IReadOnlyList<PendingInvitation>> ListPendingInvitationsAsync(SignedInPerson admin, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var organizationId = RequireOrgAdmin(admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Invitations.AsNoTracking()
            .Where(invitation => invitation.OrganizationId == organizationId && invitation.AcceptedAt == null && invitation.ExpiresAt > now)
            .OrderByDescending(invitation => invitation.CreatedAt)
            .Select(invitation => new PendingInvitation(invitation.Id, invitation.Email, invitation.Role, invitation.ExpiresAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<InvitationOutcome> InviteAsync(SignedInPerson admin, string email, string role, Uri portalBaseUri, CancellationToken cancellationToken)
    {
        var organizationId = RequireOrgAdmin(admin);
        RequireClientRole(role);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var normalizedEmail = email.Trim().ToUpperInvariant();
        if (await db.Users.AnyAsync(user => user.NormalizedEmail == normalizedEmail, cancellationToken))
        {
            return InvitationOutcome.Refused($"{email.Trim()} already has an account in the portal.");
        }

        await using var transaction = await db.BeginTenantTransactionAsync(organizationId, cancellationToken);
        var link = invitations.Add(db, admin.AsActor, organizationId, email, role, portalBaseUri);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        invitations.Announce(link, organizationId);
        return InvitationOutcome.Created(link);
    }

    public async Task<RoleChangeOutcome> ChangeRoleAsync(SignedInPerson admin, Guid userId, string role, CancellationToken cancellationToken)
    {
        var organizationId = RequireOrgAdmin(admin);
        RequireClientRole(role);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginTenantTransactionAsync(organizationId, cancellationToken);

        var user = await db.Users.SingleOrDefaultAsync(user => user.Id == userId && user.OrganizationId == organizationId, cancellationToken);
        if (user is null)
        {
            return RoleChangeOutcome.NotFound;
        }
        var links = await db.UserRoles.Where(link => link.UserId == userId).ToListAsync(cancellationToken);
        var roles = await db.Roles.AsNoTracking().ToDictionaryAsync(existing => existing.Name!, existing => existing.Id, cancellationToken);
        var roleNames = roles.ToDictionary(pair => pair.Value, pair => pair.Key);
        var current = RoleGrants.Given(links.Select(link => roleNames[link.RoleId]));
        if (current == role)
        {
            return RoleChangeOutcome.Unchanged;
        }
        if (current == PortalRoles.OrgAdmin && !await HasAnotherAdministratorAsync(db, organizationId, userId, roles[PortalRoles.OrgAdmin], cancellationToken))
        {
            return RoleChangeOutcome.LastAdministrator;
        }

        db.UserRoles.RemoveRange(links);
        db.UserRoles.AddRange(RoleGrants.Held(role).Select(held => new IdentityUserRole<Guid> { UserId = userId, RoleId = roles[held] }));
        // A new stamp ends the person's current sessions within a minute, so a lost role stops working promptly.
        user.SecurityStamp = Guid.NewGuid().ToString("N");
        user.ConcurrencyStamp = Guid.NewGuid().ToString();
        audit.Record(db, admin.AsActor, organizationId, AuditActions.RoleChanged, AuditObjectTypes.Person, userId,
            before: new { role = current }, after: new { role });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Role of {UserId} changed from {Before} to {After} by {AdminId}", userId, current, role, admin.UserId);
        return RoleChangeOutcome.Changed;
    }

    private static Task<bool> HasAnotherAdministratorAsync(
        PortalDbContext db, Guid organizationId, Guid userId, Guid orgAdminRoleId, CancellationToken cancellationToken) =>
        db.UserRoles.AnyAsync(link => link.RoleId == orgAdminRoleId && link.UserId != userId
            && db.Users.Any(user => user.Id == link.UserId && user.OrganizationId == organizationId), cancellationToken);

    private static Guid RequireOrgAdmin(SignedInPerson person)
    {
        var organizationId = person.RequireOrganizationId();
        if (person.OrganizationKind != OrganizationKind.Client || !person.Roles.Contains(PortalRoles.OrgAdmin))
        {
            throw new UnauthorizedAccessException($"{person.Email} does not administer a client organization.");
        }
        return organizationId;
    }

    private static void RequireClientRole(string role)
    {
        if (!PortalRoles.ClientRoles.Contains(role))
        {
            throw new ArgumentException($"{role} is not a role in a client organization.", nameof(role));
        }
    }
}
