using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Portal.Data;
using OutsourcingPortal.Portal.Identity;
using OutsourcingPortal.Portal.Organizations;

namespace OutsourcingPortal.Portal.DemoData;

/// <summary>
/// Creates the demo organizations and accounts that are missing, leaving existing ones as they are (a changed
/// password or role survives a restart), then lists every account on the console.
/// </summary>
internal sealed class DemoDataSeeder(PortalDbContext db, UserManager<PortalUser> users, TimeProvider clock, ILogger<DemoDataSeeder> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNowForStorage();
        var existing = await db.Organizations.Select(organization => organization.Id).ToListAsync(cancellationToken);
        foreach (var organization in DemoOrganizations.All.Where(organization => !existing.Contains(organization.Id)))
        {
            db.Organizations.Add(new Organization
            {
                Id = organization.Id,
                Name = organization.Name,
                Kind = organization.Kind,
                Status = OrganizationStatus.Active,
                CreatedAt = now,
                UpdatedAt = now,
            });
        }
        await db.SaveChangesAsync(cancellationToken);

        foreach (var account in DemoDirectory.Accounts)
        {
            if (await users.FindByEmailAsync(account.Email) is null)
            {
                await CreateAsync(account, now);
            }
            var organization = DemoOrganizations.All.SingleOrDefault(organization => organization.Id == account.OrganizationId);
            logger.LogInformation("Demo account {Email} ({Role}) at {Organization}",
                account.Email, account.Role, organization?.Name ?? "the host");
        }
        // Deliberately printed: the demo accounts exist only in development, and this is how a newcomer signs in.
        logger.LogInformation("Every demo account signs in with the password {Password}", DemoDirectory.Password);
    }

    private async Task CreateAsync(DemoAccount account, DateTimeOffset now)
    {
        var user = new PortalUser
        {
            Id = Guid.CreateVersion7(),
            UserName = account.Email,
            Email = account.Email,
            EmailConfirmed = true,
            DisplayName = account.DisplayName,
            OrganizationId = account.OrganizationId,
            CreatedAt = now,
        };
        EnsureSucceeded(await users.CreateAsync(user, DemoDirectory.Password), account);
        EnsureSucceeded(await users.AddToRolesAsync(user, RoleGrants.Held(account.Role)), account);
    }

    private static void EnsureSucceeded(IdentityResult result, DemoAccount account)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(
                $"Demo account {account.Email} could not be created: {string.Join(" ", result.Errors.Select(error => error.Description))}");
        }
    }
}
