using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OutsourcingPortal.Portal.Data;

namespace OutsourcingPortal.Portal.ApiClients;

/// <summary>Checks client credentials against <c>api_clients</c>. Host-level: the caller is not known until this succeeds.</summary>
public sealed class ApiClientAuthenticator(IDbContextFactory<PortalDbContext> dbFactory, IPasswordHasher<ApiClient> hasher)
{
    // Verified when the client id is unknown, so an unknown id costs as much time as a wrong secret and cannot be told apart.
    private static readonly ApiClient NoClient = new() { ClientId = string.Empty, Name = string.Empty, Roles = [] };
    private readonly Lazy<string> noClientHash = new(() => hasher.HashPassword(NoClient, Guid.NewGuid().ToString()));

    /// <summary>The active client with these credentials and its organization, or null.</summary>
    public async Task<AuthenticatedApiClient?> AuthenticateAsync(string clientId, string secret, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var found = await db.ApiClients.AsNoTracking()
            .Where(client => client.ClientId == clientId && client.RevokedAt == null)
            .Join(db.Organizations, client => client.OrganizationId, organization => organization.Id,
                (client, organization) => new AuthenticatedApiClient(client, organization))
            .SingleOrDefaultAsync(cancellationToken);

        if (found is null)
        {
            hasher.VerifyHashedPassword(NoClient, noClientHash.Value, secret);
            return null;
        }
        return hasher.VerifyHashedPassword(found.Client, found.Client.SecretHash, secret) == PasswordVerificationResult.Failed
            ? null
            : found;
    }
}
