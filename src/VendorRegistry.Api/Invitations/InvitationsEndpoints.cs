using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Briefs;

namespace OutsourcingPortal.VendorRegistry.Api.Invitations;

/// <summary>
/// The vendor's side of briefs: the invitations addressed to the signed-in vendor, from every client organization
/// that invited it. Row-level security limits the rows to that vendor's own.
/// </summary>
public static class InvitationsEndpoints
{
    private const string Columns = "i.id, b.id, b.title, b.summary, b.deadline, i.created_at";
    private const string InvitationsWithBriefs = "brief_invitations i join briefs b on b.id = i.brief_id";

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
        var invitation = await work.FindAsync(BriefRecords.InvitationObjectType, id, "read",
            $"select {Columns} from {InvitationsWithBriefs} where i.id = $1", Read, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return invitation is null ? TypedResults.NotFound() : TypedResults.Ok(invitation);
    }

    private static VendorInvitationResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetGuid(1), row.GetString(2), row.GetString(3), row.GetFieldValue<DateTimeOffset>(4),
            row.GetFieldValue<DateTimeOffset>(5));
}
