using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using OutsourcingPortal.Portal.Data;

namespace OutsourcingPortal.Portal.Audit;

public static class TenantTransaction
{
    /// <summary>
    /// Starts a unit of work for one tenant: a transaction whose first statement sets <c>app.tenant_id</c> for
    /// row-level security. Transaction-local (the <c>true</c>), so a pooled connection never carries it to the next user.
    /// </summary>
    public static async Task<IDbContextTransaction> BeginTenantTransactionAsync(
        this PortalDbContext db, Guid tenantId, CancellationToken cancellationToken)
    {
        var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"select set_config('app.tenant_id', {tenantId.ToString()}, true)", cancellationToken);
        return transaction;
    }
}
