using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using static OutsourcingPortal.VendorRegistry.Api.Invitations.InvitationRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Invitations;

/// <summary>
/// The vendor's side of briefs: the invitations addressed to the signed-in vendor, from every client organization
/// that invited it. Row-level security limits the rows to that vendor's own, and to issued briefs.
/// </summary>
public static class InvitationsEndpoints
{
    public static IEndpointRouteBuilder MapInvitationsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/invitations").WithTags("Invitations");
        group.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.VendorMember);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AccessPolicies.VendorMember);
        return routes;
    }

    private static async Task<Ok<PagedResult<VendorInvitationResponse>>> ListAsync(
        [AsParameters] PageQuery query, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        return TypedResults.Ok(await work.PageAsync(
            $"select {Columns}, count(*) over () from {InvitationsWithBriefs} order by b.deadline, i.id", query, Read, cancellationToken));
    }

    private static async Task<Results<Ok<VendorInvitationResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var invitation = await FindAsync(work, id, "read", cancellationToken);
        await work.CommitAsync(cancellationToken);
        return invitation is null ? TypedResults.NotFound() : TypedResults.Ok(invitation);
    }
}
