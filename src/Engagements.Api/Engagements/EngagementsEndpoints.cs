using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Engagements;
using OutsourcingPortal.Contracts;
using static OutsourcingPortal.Engagements.Api.Engagements.EngagementRecords;

namespace OutsourcingPortal.Engagements.Api.Engagements;

public static class EngagementsEndpoints
{
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
        await InsertAsync(work, engagement, cancellationToken);
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
        var engagement = await work.FindAsync(ObjectType, id, "read", $"select {Columns} from engagements where id = $1", Read, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return engagement is null ? TypedResults.NotFound() : TypedResults.Ok(engagement);
    }
}
