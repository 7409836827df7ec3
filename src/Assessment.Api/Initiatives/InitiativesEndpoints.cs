using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Assessment;
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
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        return routes;
    }

    private static async Task<Created<InitiativeResponse>> CreateAsync(
        InitiativeRequest request, TenantDatabase database, CancellationToken cancellationToken)
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
        Guid id, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var initiative = await FindAsync(work, id, "read", cancellationToken);
        await work.CommitAsync(cancellationToken);
        if (initiative is null)
        {
            return TypedResults.NotFound();
        }
        response.SetETag(initiative.Version);
        return TypedResults.Ok(initiative.Value);
    }

    /// <summary>Replaces what people wrote about the initiative; only on the version the client last read (If-Match).</summary>
    private static async Task<Results<Ok<InitiativeResponse>, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, InitiativeRequest request, TenantDatabase database, HttpContext context, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        // Existence first: another tenant's initiative is "not found" whatever the request carries.
        var current = await FindAsync(work, id, "update", cancellationToken);
        if (current is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (context.Request.IfMatchVersion() is not { } version)
        {
            return PreconditionProblems.IfMatchRequired();
        }
        var updated = current.Value with { Name = request.Name.Trim(), UseCase = request.UseCase.Trim(), UpdatedAt = work.Now };
        var newVersion = await work.ScalarAsync<long?>(
            $"update initiatives set name = $2, use_case = $3, updated_at = $4 where id = $1 and xmin = $5::text::xid returning {Versioned.Column}",
            cancellationToken, id, updated.Name, updated.UseCase, updated.UpdatedAt, version.ToString(CultureInfo.InvariantCulture));
        if (newVersion is null)
        {
            return PreconditionProblems.Stale();
        }
        await work.AuditAsync("update", ObjectType, id, before: current.Value, after: updated, cancellationToken);
        await work.CommitAsync(cancellationToken);
        context.Response.SetETag((uint)newVersion.Value);
        return TypedResults.Ok(updated);
    }

    private static Task<Versioned<InitiativeResponse>?> FindAsync(UnitOfWork work, Guid id, string action, CancellationToken cancellationToken) =>
        work.FindAsync(ObjectType, id, action, $"select {Columns}, {Versioned.Column} from initiatives where id = $1", Versioned.Reader(Read), cancellationToken);
}
