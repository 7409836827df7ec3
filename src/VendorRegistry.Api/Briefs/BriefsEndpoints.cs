using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>A client organization's briefs and the vendors it invites to answer them.</summary>
public static class BriefsEndpoints
{
    public static IEndpointRouteBuilder MapBriefsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/briefs").WithTags("Briefs");
        group.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapPost("/{id:guid}/invitations", InviteAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapGet("/{id:guid}/invitations", ListInvitationsAsync).RequireAuthorization(AccessPolicies.TenantReader);
        return routes;
    }

    private static async Task<Results<Created<BriefResponse>, ValidationProblem>> CreateAsync(
        CreateBriefRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var now = work.Now;
        if (request.Deadline <= now)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["deadline"] = ["The deadline must be in the future."] });
        }
        var brief = new BriefResponse(Guid.CreateVersion7(now), request.Title.Trim(), request.Summary.Trim(),
            request.Deadline!.Value.ToUniversalTime(), InvitedVendors: 0, now, now);
        await InsertAsync(work, brief, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/briefs/{brief.Id}", brief);
    }

    private static async Task<Ok<PagedResult<BriefResponse>>> ListAsync(
        [AsParameters] PageQuery query, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        return TypedResults.Ok(await work.PageAsync(
            $"select {Columns}, count(*) over () from briefs b order by b.deadline, b.id",
            query, Read, cancellationToken));
    }

    private static async Task<Results<Ok<BriefResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var brief = await FindAsync(work, id, "read", cancellationToken);
        await work.CommitAsync(cancellationToken);
        return brief is null ? TypedResults.NotFound() : TypedResults.Ok(brief);
    }

    /// <summary>Only a registered vendor can be invited, and only once to the same brief.</summary>
    private static async Task<Results<Created<BriefInvitationResponse>, NotFound, ProblemHttpResult>> InviteAsync(
        Guid id, InviteVendorRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (await FindAsync(work, id, "invite", cancellationToken) is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        var vendorId = request.VendorId!.Value;
        if (await work.ScalarAsync<string>("select name from vendors where id = $1", cancellationToken, vendorId) is not { } vendorName)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "No such vendor.", detail: $"No vendor with id {vendorId} is registered.");
        }
        var invitation = new BriefInvitationResponse(Guid.CreateVersion7(work.Now), id, vendorId, vendorName, work.Now);
        if (!await InsertInvitationAsync(work, invitation, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "The vendor is already invited.", detail: $"{vendorName} is already invited to this brief.");
        }
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/briefs/{id}/invitations", invitation);
    }

    private static async Task<Results<Ok<PagedResult<BriefInvitationResponse>>, NotFound>> ListInvitationsAsync(
        Guid id, [AsParameters] PageQuery query, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (await FindAsync(work, id, "read", cancellationToken) is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await work.PageAsync(
            $"select {InvitationColumns}, count(*) over () from {InvitationsWithVendors} where i.brief_id = $1 order by i.created_at, i.id",
            query, ReadInvitation, cancellationToken, id));
    }
}
