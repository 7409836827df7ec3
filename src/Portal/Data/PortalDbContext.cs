using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using OutsourcingPortal.Portal.ApiClients;
using OutsourcingPortal.Portal.Audit;
using OutsourcingPortal.Portal.Identity;
using OutsourcingPortal.Portal.Organizations;
using OutsourcingPortal.Portal.People;

namespace OutsourcingPortal.Portal.Data;

/// <summary>
/// The portal's database: the identity directory (host-level, looked up before any tenant is known) and the
/// portal's own audit log (tenant-owned, under row-level security). The schema comes from the SQL migrations,
/// never from EF: this model only has to match them.
/// </summary>
public sealed class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Organization> Organizations => Set<Organization>();

    public DbSet<ApiClient> ApiClients => Set<ApiClient>();

    public DbSet<Invitation> Invitations => Set<Invitation>();

    public DbSet<AuditRecord> AuditLog => Set<AuditRecord>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        // Plain names instead of Identity's AspNet* prefixes: the tables belong to this database alone.
        builder.Entity<PortalUser>().ToTable("users");
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
        builder.Entity<DataProtectionKey>().ToTable("data_protection_keys");
    }
}
