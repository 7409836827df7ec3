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
        group.MapPost("/{id:guid}/archive", ArchiveAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapPost("/{id:guid}/restore", RestoreAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        return routes;
    }

    private static async Task<Created<InitiativeResponse>> CreateAsync(
        InitiativeRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var now = work.Now;
        var initiative = request.ToNewInitiative(Guid.CreateVersion7(now), now);
        await InsertAsync(work, initiative, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/initiatives/{initiative.Id}", initiative);
    }

    private static async Task<Results<Ok<PagedResult<InitiativeResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] InitiativeFilter filter, TenantDatabase database, CancellationToken cancellationToken)
    {
        if (!Sort.TryOrderBy(filter.Sort, out var orderBy))
        {
            return TypedResults.ValidationProblem(Sort.Problem());
        }
        await using var work = await database.BeginAsync(cancellationToken);
        return TypedResults.Ok(await work.PageAsync(
            $"""
            select {Columns}, count(*) over () from initiatives
            where ($1::text is null or status = $1)
              and (archived_at is not null) = $2
              and ($3::text is null or name ilike $3 or use_case ilike $3 or owner ilike $3)
            {orderBy}
            """,
            page, Read, cancellationToken, filter.Status, filter.Archived ?? false, TextSearch.ContainsPattern(filter.Q)));
    }

    private static Task<Results<Ok<InitiativeResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken) =>
        VersionedEndpoints.GetAsync(database, response, work => FindVersionedAsync(work, id, "read", cancellationToken), cancellationToken);

    /// <summary>Replaces what people wrote about the initiative; only on the version the client last read (If-Match).</summary>
    private static Task<Results<Ok<InitiativeResponse>, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, InitiativeRequest request, TenantDatabase database, HttpContext context, CancellationToken cancellationToken) =>
        VersionedEndpoints.UpdateAsync(database, context, ObjectType, id,
            work => FindVersionedAsync(work, id, "update", cancellationToken),
            request.ApplyTo,
            (work, updated, version) => InitiativeRecords.UpdateAsync(work, updated, version, cancellationToken),
            cancellationToken);

    /// <summary>Takes the initiative out of the usual lists, keeping all of it. Archiving an archived one changes nothing.</summary>
    private static Task<Results<Ok<InitiativeResponse>, NotFound>> ArchiveAsync(
        Guid id, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken) =>
        SetArchivedAsync(id, archive: true, database, response, cancellationToken);

    private static Task<Results<Ok<InitiativeResponse>, NotFound>> RestoreAsync(
        Guid id, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken) =>
        SetArchivedAsync(id, archive: false, database, response, cancellationToken);

    private static async Task<Results<Ok<InitiativeResponse>, NotFound>> SetArchivedAsync(
        Guid id, bool archive, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken)
    {
        var action = archive ? "archive" : "restore";
        await using var work = await database.BeginAsync(cancellationToken);
        // Locked, so a concurrent edit waits for this one and the version read here is the one written over.
        var current = await FindVersionedAsync(work, id, action, cancellationToken, forUpdate: true);
        if (current is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (current.Value.ArchivedAt is not null == archive)
        {
            response.SetETag(current.Version);
            return TypedResults.Ok(current.Value);
        }
        var changed = current.Value with { ArchivedAt = archive ? work.Now : null, UpdatedAt = work.Now };
        var newVersion = await InitiativeRecords.UpdateAsync(work, changed, current.Version, cancellationToken);
        await work.AuditAsync(action, ObjectType, id, before: current.Value, after: changed, cancellationToken);
        await work.CommitAsync(cancellationToken);
        response.SetETag((uint)newVersion!.Value);
        return TypedResults.Ok(changed);
    }

    private static Task<Versioned<InitiativeResponse>?> FindVersionedAsync(
        UnitOfWork work, Guid id, string action, CancellationToken cancellationToken, bool forUpdate = false) =>
        work.FindAsync(ObjectType, id, action,
            $"select {Columns}, {Versioned.Column} from initiatives where id = $1{(forUpdate ? " for update" : "")}",
            Versioned.Reader(Read), cancellationToken);
}
