using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using static OutsourcingPortal.Assessment.Api.Initiatives.InitiativeRecords;

namespace OutsourcingPortal.Assessment.Api.Initiatives;

public static class InitiativesEndpoints
{
    public static IEndpointRouteBuilder MapInitiativesEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/initiatives").WithTags("Initiatives");
        group.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AccessPolicies.TenantReader);
        return routes;
    }

    private static async Task<Created<InitiativeResponse>> CreateAsync(
        CreateInitiativeRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var now = work.Now;
        var initiative = new InitiativeResponse(Guid.CreateVersion7(now), request.Name.Trim(), request.UseCase.Trim(), now, now);
        await InsertAsync(work, initiative, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/initiatives/{initiative.Id}", initiative);
    }

    private static async Task<Ok<PagedResult<InitiativeResponse>>> ListAsync(
        [AsParameters] PageQuery query, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        return TypedResults.Ok(await work.PageAsync(
            $"select {Columns}, count(*) over () from initiatives order by created_at desc, id desc", query, Read, cancellationToken));
    }

    private static async Task<Results<Ok<InitiativeResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var initiative = await work.FindAsync(ObjectType, id, $"select {Columns} from initiatives where id = $1", Read, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return initiative is null ? TypedResults.NotFound() : TypedResults.Ok(initiative);
    }
}
