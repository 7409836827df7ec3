using Microsoft.EntityFrameworkCore;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Portal.Audit;
using OutsourcingPortal.Portal.Data;
using OutsourcingPortal.Portal.Identity;
using OutsourcingPortal.Portal.People;

namespace OutsourcingPortal.Portal.Organizations;

/// <summary>The host operator's view of every organization: create, suspend, reactivate. Sees no tenant's work.</summary>
public sealed class OrganizationDirectory(
    IDbContextFactory<PortalDbContext> dbFactory,
    InvitationIssuer invitations,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<OrganizationDirectory> logger)
{
    // Names are unique regardless of case (0001_identity.sql); the index, not a prior query, settles a race.
    private const string UniqueNameIndex = "organizations_name_idx";

    public async Task<IReadOnlyList<OrganizationSummary>> ListAsync(SignedInPerson hostOperator, CancellationToken cancellationToken)
    {
        RequireHostOperator(hostOperator);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.Organizations.AsNoTracking()
            .OrderBy(organization => organization.Name)
            .Select(organization => new OrganizationSummary(
                organization.Id,
                organization.Name,
                organization.Kind,
                organization.Status,
                db.Users.Count(user => user.OrganizationId == organization.Id),
                organization.CreatedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<OrganizationCreation> CreateAsync(
        SignedInPerson hostOperator, string name, OrganizationKind kind, string administratorEmail, Uri portalBaseUri,
        CancellationToken cancellationToken)
    {
        RequireHostOperator(hostOperator);
        name = name.Trim();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var normalizedEmail = administratorEmail.Trim().ToUpperInvariant();
        if (await db.Users.AnyAsync(user => user.NormalizedEmail == normalizedEmail, cancellationToken))
        {
            return OrganizationCreation.Refused($"{administratorEmail.Trim()} already has an account in the portal.");
        }

        var now = clock.GetUtcNowForStorage();
        var organization = new Organization
        {
            Id = Guid.CreateVersion7(),
            Name = name,
            Kind = kind,
            Status = OrganizationStatus.Active,
            CreatedAt = now,
            UpdatedAt = now,
        };
        await using var transaction = await db.BeginTenantTransactionAsync(organization.Id, cancellationToken);
        db.Organizations.Add(organization);
        audit.Record(db, hostOperator.AsActor, organization.Id, AuditActions.OrganizationCreated, AuditObjectTypes.Organization, organization.Id,
            before: null, after: Snapshot(organization));
        var administrator = kind == OrganizationKind.Client ? PortalRoles.OrgAdmin : PortalRoles.VendorAdmin;
        var link = invitations.Add(db, hostOperator.AsActor, organization.Id, administratorEmail, administrator, portalBaseUri);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException exception) when (exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: UniqueNameIndex })
        {
            return OrganizationCreation.Refused($"An organization named {name} already exists.");
        }
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Organization {OrganizationId} ({Name}, {Kind}) created by {UserId}", organization.Id, name, kind, hostOperator.UserId);
        invitations.Announce(link, organization.Id);
        return OrganizationCreation.Created(organization.Id, link);
    }

    /// <summary>
    /// Suspends or reactivates. Suspending also renews the members' security stamps, which ends their sessions within
    /// a minute; signing in again is refused while the organization stays suspended. False if nothing changed.
    /// </summary>
    public async Task<bool> SetStatusAsync(SignedInPerson hostOperator, Guid organizationId, OrganizationStatus status, CancellationToken cancellationToken)
    {
        RequireHostOperator(hostOperator);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginTenantTransactionAsync(organizationId, cancellationToken);
        var organization = await db.Organizations.SingleOrDefaultAsync(organization => organization.Id == organizationId, cancellationToken);
        if (organization is null || organization.Status == status)
        {
            return false;
        }

        var before = Snapshot(organization);
        organization.Status = status;
        organization.UpdatedAt = clock.GetUtcNowForStorage();
        if (status == OrganizationStatus.Suspended)
        {
            await db.Users.Where(user => user.OrganizationId == organizationId)
                .ExecuteUpdateAsync(user => user.SetProperty(member => member.SecurityStamp, _ => Guid.NewGuid().ToString()), cancellationToken);
        }
        var action = status == OrganizationStatus.Suspended ? AuditActions.OrganizationSuspended : AuditActions.OrganizationReactivated;
        audit.Record(db, hostOperator.AsActor, organizationId, action, AuditObjectTypes.Organization, organizationId, before, Snapshot(organization));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("Organization {OrganizationId} is now {Status}, changed by {UserId}", organizationId, status, hostOperator.UserId);
        return true;
    }

    private static void RequireHostOperator(SignedInPerson person)
    {
        if (!person.Roles.Contains(PortalRoles.HostOperator))
        {
            throw new UnauthorizedAccessException($"{person.Email} is not the host operator.");
        }
    }

    private static object Snapshot(Organization organization) => new
    {
        organization.Name,
        Kind = KebabCaseEnum.ToText(organization.Kind),
        Status = KebabCaseEnum.ToText(organization.Status),
    };
}
