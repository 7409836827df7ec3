using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;

namespace OutsourcingPortal.Assessment.Api.Initiatives;

public static class InitiativesEndpoints
{
    private const string ObjectType = "initiative";
    private const string Columns = "id, name, use_case, created_at, updated_at";

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
        await work.ExecuteAsync(
            "insert into initiatives (tenant_id, id, name, use_case, created_at, updated_at, created_by) values (app_tenant_id(), $1, $2, $3, $4, $4, $5)",
            cancellationToken, initiative.Id, initiative.Name, initiative.UseCase, now, work.Actor.Id);
        await work.AuditAsync("create", ObjectType, initiative.Id, before: null, after: initiative, cancellationToken);
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

    private static InitiativeResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetFieldValue<DateTimeOffset>(3), row.GetFieldValue<DateTimeOffset>(4));
}
