using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Audit;

namespace OutsourcingPortal.BuildingBlocks.Audit;

public static class AuditLogEndpoints
{
    /// <summary>Org admins read their own tenant's audit log; row-level security keeps every other tenant's out.</summary>
    public static IEndpointRouteBuilder MapAuditLog(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/audit-log", ListAsync).WithTags("Audit log").RequireAuthorization(AccessPolicies.TenantAdmin);
        return routes;
    }

    private static async Task<Ok<PagedResult<AuditEntryResponse>>> ListAsync(
        [AsParameters] AuditLogQuery filter, [AsParameters] PageQuery page, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var entries = await work.PageAsync(
            """
            select id, occurred_at, actor_id, actor_name, action, object_type, object_id, outcome, before, after, count(*) over ()
            from audit_log
            where tenant_id = app_tenant_id()
              and ($1::uuid is null or actor_id = $1)
              and ($2::uuid is null or object_id = $2)
              and ($3::timestamptz is null or occurred_at >= $3)
              and ($4::timestamptz is null or occurred_at < $4)
            order by occurred_at desc, id desc
            """,
            page, Read, cancellationToken, filter.Actor, filter.ObjectId, filter.From, filter.To);
        return TypedResults.Ok(entries);
    }

    private static AuditEntryResponse Read(NpgsqlDataReader row) => new(
        row.GetGuid(0),
        row.GetFieldValue<DateTimeOffset>(1),
        row.IsDBNull(2) ? null : row.GetGuid(2),
        row.GetString(3),
        row.GetString(4),
        row.GetString(5),
        row.IsDBNull(6) ? null : row.GetGuid(6),
        row.GetString(7),
        JsonOrNull(row, 8),
        JsonOrNull(row, 9));

    private static JsonElement? JsonOrNull(NpgsqlDataReader row, int ordinal) =>
        row.IsDBNull(ordinal) ? null : JsonDocument.Parse(row.GetString(ordinal)).RootElement.Clone();
}
