using OutsourcingPortal.Contracts.Identity;
using OutsourcingPortal.Portal.Identity;

namespace OutsourcingPortal.Portal.Audit;

/// <summary>
/// The org admin's audit log: the portal's own entries and the four services', for the admin's organization only.
/// Each source gives its newest <see cref="EntriesPerSource"/> matches; the page pages through the merged list.
/// </summary>
public sealed class AuditLogReader(PortalAuditLog portal, ServiceAuditLogs services)
{
    /// <summary>The largest page the APIs serve.</summary>
    public const int EntriesPerSource = 200;

    public async Task<AuditLogView> ReadAsync(SignedInPerson admin, AuditLogFilter filter, CancellationToken cancellationToken)
    {
        var tenantId = admin.RequireOrganizationId();
        if (!admin.Roles.Contains(PortalRoles.OrgAdmin))
        {
            throw new UnauthorizedAccessException($"{admin.Email} may not read the audit log.");
        }

        var fromServices = services.ReadAllAsync(filter, EntriesPerSource, cancellationToken);
        var fromPortal = await portal.ReadAsync(tenantId, filter, EntriesPerSource, cancellationToken);
        AuditSourceResult[] sources = [fromPortal, .. await fromServices];
        var rows = sources
            .SelectMany(source => source.Entries.Select(entry => new AuditLogRow(source.Source, entry)))
            .OrderByDescending(row => row.OccurredAt)
            .ToList();
        return new AuditLogView(rows, sources);
    }
}
