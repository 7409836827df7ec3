using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using static OutsourcingPortal.VendorRegistry.Api.Briefs.BriefRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Briefs;

/// <summary>The vendors a client invites to answer a brief: added to a draft or an open brief, withdrawn from a draft.</summary>
public static class BriefInvitationsEndpoints
{
    public static IEndpointRouteBuilder MapBriefInvitationsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/briefs/{id:guid}/invitations").WithTags("Briefs");
        group.MapPost("/", InviteAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        group.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapDelete("/{invitationId:guid}", WithdrawAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        return routes;
    }

    /// <summary>
    /// Only a registered vendor can be invited, and only once to the same brief. Invited to an open brief, the vendor
    /// receives it at once, the same brief the others have.
    /// </summary>
    private static async Task<Results<Created<BriefInvitationResponse>, NotFound, ProblemHttpResult>> InviteAsync(
        Guid id, InviteVendorRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var brief = await FindVersionedAsync(work, id, "invite", cancellationToken, forUpdate: true);
        if (brief is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        switch (brief.Value.Status)
        {
            case BriefStatus.Awarded:
                return BriefProblems.Awarded();
            case BriefStatus.Evaluating:
                return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict, title: "The deadline has passed.",
                    detail: "Extend the deadline first, so that a vendor invited now has time to answer.");
        }
        var vendorId = request.VendorId!.Value;
        if (await work.ScalarAsync<string>("select name from vendors where id = $1", cancellationToken, vendorId) is not { } vendorName)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
                title: "No such vendor.", detail: $"No vendor with id {vendorId} is registered.");
        }
        var invitation = new BriefInvitationResponse(Guid.CreateVersion7(work.Now), id, vendorId, vendorName, work.Now);
        var issuedAt = brief.Value.Status is BriefStatus.Open ? work.Now : (DateTimeOffset?)null;
        if (!await InsertInvitationAsync(work, invitation, issuedAt, cancellationToken))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status409Conflict,
                title: "The vendor is already invited.", detail: $"{vendorName} is already invited to this brief.");
        }
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/briefs/{id}/invitations", invitation);
    }

    private static async Task<Results<Ok<PagedResult<BriefInvitationResponse>>, NotFound>> ListAsync(
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

    /// <summary>
    /// A vendor can be taken off a draft; once issued, the brief is the vendor's to answer. Withdrawing an invitation
    /// that is not (or no longer) on the draft changes nothing, so a retry is safe.
    /// </summary>
    private static async Task<Results<NoContent, NotFound, ProblemHttpResult>> WithdrawAsync(
        Guid id, Guid invitationId, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var brief = await FindVersionedAsync(work, id, "withdraw-invitation", cancellationToken, forUpdate: true);
        if (brief is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        if (brief.Value.Status is not BriefStatus.Draft)
        {
            return BriefProblems.Issued();
        }
        var invitation = await work.SingleOrDefaultAsync(
            $"select {InvitationColumns} from {InvitationsWithVendors} where i.id = $1 and i.brief_id = $2", ReadInvitation, cancellationToken,
            invitationId, id);
        if (invitation is not null)
        {
            await work.ExecuteAsync("delete from brief_invitations where id = $1", cancellationToken, invitationId);
            await work.AuditAsync("delete", InvitationObjectType, invitationId, before: invitation, after: null, cancellationToken);
        }
        await work.CommitAsync(cancellationToken);
        return TypedResults.NoContent();
    }
}
