using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.Contracts;
using static OutsourcingPortal.VendorRegistry.Api.Vendors.VendorRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Vendors;

public static class VendorsEndpoints
{
    public static IEndpointRouteBuilder MapVendorsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/vendors").WithTags("Vendors");
        group.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.HostOperator);
        group.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.RegistryReader);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AccessPolicies.RegistryReader);
        return routes;
    }

    private static async Task<Results<Created<VendorResponse>, ProblemHttpResult>> CreateAsync(
        CreateVendorRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var now = work.Now;
        var vendor = new VendorResponse(request.OrganizationId!.Value, request.Name.Trim(), request.Website?.Trim(), now, now);
        if (!await InsertAsync(work, vendor, cancellationToken))
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "The vendor is already registered.",
                detail: $"Vendor organization {vendor.Id} has a profile; update it instead.");
        }
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/vendors/{vendor.Id}", vendor);
    }

    private static async Task<Ok<PagedResult<VendorResponse>>> ListAsync(
        [AsParameters] PageQuery query, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        return TypedResults.Ok(await work.PageAsync(
            $"select {Columns}, count(*) over () from vendors order by lower(name), id", query, Read, cancellationToken));
    }

    private static async Task<Results<Ok<VendorResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var vendor = await work.FindAsync(ObjectType, id, "read", $"select {Columns} from vendors where id = $1", Read, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return vendor is null ? TypedResults.NotFound() : TypedResults.Ok(vendor);
    }
}
