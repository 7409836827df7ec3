using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using static OutsourcingPortal.VendorRegistry.Api.AssessedInitiatives.AssessedInitiativeRecords;

namespace OutsourcingPortal.VendorRegistry.Api.AssessedInitiatives;

/// <summary>The organization's assessed initiatives, newest assessment first: what a new brief may start from.</summary>
public static class AssessedInitiativesEndpoints
{
    public static IEndpointRouteBuilder MapAssessedInitiativesEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/assessed-initiatives", ListAsync).WithTags("Briefs").RequireAuthorization(AccessPolicies.TenantReader);
        return routes;
    }

    private static async Task<Ok<PagedResult<AssessedInitiativeResponse>>> ListAsync(
        [AsParameters] PageQuery query, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        return TypedResults.Ok(await work.PageAsync(
            $"select {Columns}, count(*) over () from assessed_initiatives order by completed_at desc, id", query, Read, cancellationToken));
    }
}
