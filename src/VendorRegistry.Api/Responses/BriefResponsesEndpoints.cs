using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;
using static OutsourcingPortal.VendorRegistry.Api.Responses.ResponseRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Responses;

/// <summary>The client's side of responses: the submitted ones only, and the shortlist it keeps of them.</summary>
public static class BriefResponsesEndpoints
{
    public static IEndpointRouteBuilder MapBriefResponsesEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/briefs/{id:guid}/responses").WithTags("Briefs");
        group.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapGet("/{responseId:guid}", GetAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapPost("/{responseId:guid}/shortlist", ShortlistAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapDelete("/{responseId:guid}/shortlist", UnshortlistAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        return routes;
    }

    private static async Task<Results<Ok<PagedResult<VendorResponseToBrief>>, NotFound>> ListAsync(
        Guid id, [AsParameters] PageQuery query, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (await BriefRecords.FindAsync(work, id, "read", cancellationToken) is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await work.PageAsync(
            $"select {Columns}, count(*) over () {SubmittedToBrief}",
            query, Read, cancellationToken, id));
    }

    private static async Task<Results<Ok<VendorResponseToBrief>, NotFound>> GetAsync(
        Guid id, Guid responseId, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var response = await FindSubmittedAsync(work, id, responseId, "read", cancellationToken);
        await work.CommitAsync(cancellationToken);
        return response is null ? TypedResults.NotFound() : TypedResults.Ok(response);
    }

    private static Task<Results<Ok<VendorResponseToBrief>, NotFound, ProblemHttpResult>> ShortlistAsync(
        Guid id, Guid responseId, TenantDatabase database, CancellationToken cancellationToken) =>
        SetShortlistedAsync(id, responseId, shortlisted: true, database, cancellationToken);

    private static Task<Results<Ok<VendorResponseToBrief>, NotFound, ProblemHttpResult>> UnshortlistAsync(
        Guid id, Guid responseId, TenantDatabase database, CancellationToken cancellationToken) =>
        SetShortlistedAsync(id, responseId, shortlisted: false, database, cancellationToken);

    /// <summary>Idempotent: shortlisting a shortlisted response changes nothing and audits nothing.</summary>
    private static async Task<Results<Ok<VendorResponseToBrief>, NotFound, ProblemHttpResult>> SetShortlistedAsync(
        Guid id, Guid responseId, bool shortlisted, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var brief = await BriefRecords.FindVersionedAsync(work, id, "shortlist", cancellationToken, forUpdate: true);
        var response = brief is null ? null : await FindSubmittedAsync(work, id, responseId, "shortlist", cancellationToken);
        if (brief is null || response is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (brief.Value.Status is BriefStatus.Awarded)
        {
            return BriefProblems.Awarded();
        }
        if (response.Shortlisted == shortlisted)
        {
            return TypedResults.Ok(response);
        }
        var changed = response with { Shortlisted = shortlisted, UpdatedAt = work.Now };
        await work.ExecuteAsync("update brief_responses set shortlisted = $2, updated_at = $3 where id = $1",
            cancellationToken, responseId, shortlisted, work.Now);
        await work.AuditAsync(shortlisted ? "shortlist" : "unshortlist", ObjectType, responseId,
            before: new { response.Shortlisted }, after: new { changed.Shortlisted }, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Ok(changed);
    }
}
