using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.IdentityModel.Tokens;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Portal.Audit;
using OutsourcingPortal.Portal.Data;
using OutsourcingPortal.Portal.Identity;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.ApiClients;

/// <summary>
/// An administrator's API clients: always those of the administrator's own organization, whatever the caller asks.
/// Each change is audited in the same transaction.
/// </summary>
public sealed class ApiClientDirectory(
    IDbContextFactory<PortalDbContext> dbFactory,
    IPasswordHasher<ApiClient> hasher,
    AuditTrail audit,
    TimeProvider clock,
    ILogger<ApiClientDirectory> logger)
{
    /// <summary>The roles an API client of this kind of organization may hold: never another kind's.</summary>
    public static IReadOnlyList<string> AssignableRoles(OrganizationKind kind) =>
        kind == OrganizationKind.Client ? PortalRoles.ClientRoles : PortalRoles.VendorRoles;

    public async Task<IReadOnlyList<ApiClientSummary>> ListAsync(SignedInPerson admin, CancellationToken cancellationToken)
    {
        var (organizationId, _) = RequireAdministrator(admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ApiClients.AsNoTracking()
            .Where(client => client.OrganizationId == organizationId)
            .OrderByDescending(client => client.CreatedAt)
            .Select(client => new ApiClientSummary(client.Id, client.Name, client.ClientId, client.Roles, client.CreatedAt, client.RevokedAt))
            .ToListAsync(cancellationToken);
    }

    public async Task<NewApiClientCredentials> CreateAsync(
        SignedInPerson admin, string name, IReadOnlyCollection<string> roles, CancellationToken cancellationToken)
    {
        var (organizationId, kind) = RequireAdministrator(admin);
        var assignable = AssignableRoles(kind);
        if (roles.Count == 0 || roles.Any(role => !assignable.Contains(role)))
        {
            throw new ArgumentException($"An API client of this organization holds one or more of: {string.Join(", ", assignable)}.", nameof(roles));
        }

        var secret = Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));
        var client = new ApiClient
        {
            Id = Guid.CreateVersion7(),
            ClientId = "opc_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(12)),
            Name = name.Trim(),
            OrganizationId = organizationId,
            Roles = roles.SelectMany(RoleGrants.Held).Distinct().ToList(),
            CreatedBy = admin.UserId,
            CreatedAt = clock.GetUtcNowForStorage(),
        };
        client.SecretHash = hasher.HashPassword(client, secret);

        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginTenantTransactionAsync(organizationId, cancellationToken);
        db.ApiClients.Add(client);
        audit.Record(db, admin.AsActor, organizationId, AuditActions.ApiClientCreated, AuditObjectTypes.ApiClient, client.Id,
            before: null, after: Snapshot(client));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("API client {ClientId} created for organization {OrganizationId} by {UserId}", client.ClientId, organizationId, admin.UserId);
        return new NewApiClientCredentials(client.Name, client.ClientId, secret);
    }

    /// <summary>False when the client is unknown, belongs to another organization, or is already revoked.</summary>
    public async Task<bool> RevokeAsync(SignedInPerson admin, Guid id, CancellationToken cancellationToken)
    {
        var (organizationId, _) = RequireAdministrator(admin);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await using var transaction = await db.BeginTenantTransactionAsync(organizationId, cancellationToken);
        var client = await db.ApiClients.SingleOrDefaultAsync(
            client => client.Id == id && client.OrganizationId == organizationId && client.RevokedAt == null, cancellationToken);
        if (client is null)
        {
            return false;
        }

        var before = Snapshot(client);
        client.RevokedAt = clock.GetUtcNowForStorage();
        audit.Record(db, admin.AsActor, organizationId, AuditActions.ApiClientRevoked, AuditObjectTypes.ApiClient, client.Id,
            before, Snapshot(client));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);

        logger.LogInformation("API client {ClientId} revoked by {UserId}", client.ClientId, admin.UserId);
        return true;
    }

    private static (Guid OrganizationId, OrganizationKind Kind) RequireAdministrator(SignedInPerson person)
    {
        var organizationId = person.RequireOrganizationId();
        var administrator = person.OrganizationKind == OrganizationKind.Client ? PortalRoles.OrgAdmin : PortalRoles.VendorAdmin;
        if (!person.Roles.Contains(administrator))
        {
            throw new UnauthorizedAccessException($"{person.Email} does not administer their organization's API clients.");
        }
        return (organizationId, person.OrganizationKind.Value);
    }

    private static object Snapshot(ApiClient client) => new { client.Name, client.ClientId, client.Roles, client.RevokedAt };
}
