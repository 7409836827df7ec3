using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;

namespace OutsourcingPortal.Engagements.Api.Engagements;

public static class EngagementsEndpoints
{
    private const string ObjectType = "engagement";
    private const string Columns = "id, name, vendor_id, vendor_name, phase, created_at, updated_at";

    public static IEndpointRouteBuilder MapEngagementsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/engagements").WithTags("Engagements");
        group.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.TenantReaderOrVendor);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AccessPolicies.TenantReaderOrVendor);
        return routes;
    }

    /// <summary>Every engagement starts in discovery and proof of concept; later phases are reached through gates.</summary>
    private static async Task<Created<EngagementResponse>> CreateAsync(
        CreateEngagementRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var now = work.Now;
        var engagement = new EngagementResponse(
            Guid.CreateVersion7(now), request.Name.Trim(), request.VendorId!.Value, request.VendorName.Trim(), EngagementPhase.DiscoveryPoc, now, now);
        await work.ExecuteAsync(
            """
            insert into engagements (tenant_id, id, vendor_id, name, vendor_name, phase, created_at, updated_at, created_by)
            values (app_tenant_id(), $1, $2, $3, $4, $5, $6, $6, $7)
            """,
            cancellationToken,
            engagement.Id, engagement.VendorId, engagement.Name, engagement.VendorName, KebabCaseEnum.ToText(engagement.Phase), now, work.Actor.Id);
        await work.AuditAsync("create", ObjectType, engagement.Id, before: null, after: engagement, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/engagements/{engagement.Id}", engagement);
    }

    private static async Task<Ok<PagedResult<EngagementResponse>>> ListAsync(
        [AsParameters] PageQuery query, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        return TypedResults.Ok(await work.PageAsync(
            $"select {Columns}, count(*) over () from engagements order by created_at desc, id desc", query, Read, cancellationToken));
    }

    private static async Task<Results<Ok<EngagementResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var engagement = await work.FindAsync(ObjectType, id, $"select {Columns} from engagements where id = $1", Read, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return engagement is null ? TypedResults.NotFound() : TypedResults.Ok(engagement);
    }

    private static EngagementResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetString(1), row.GetGuid(2), row.GetString(3), KebabCaseEnum.Parse<EngagementPhase>(row.GetString(4)),
            row.GetFieldValue<DateTimeOffset>(5), row.GetFieldValue<DateTimeOffset>(6));
}
