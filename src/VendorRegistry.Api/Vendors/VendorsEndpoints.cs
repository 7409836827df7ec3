using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Certifications;
using static OutsourcingPortal.VendorRegistry.Api.Vendors.VendorRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Vendors;

/// <summary>The shared registry: the host registers vendors, everyone with a part in it reads and searches, vendors keep their own.</summary>
public static class VendorsEndpoints
{
    public static IEndpointRouteBuilder MapVendorsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/vendors").WithTags("Vendors");
        group.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.HostOperator);
        group.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.RegistryReader);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AccessPolicies.RegistryReader);
        group.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(AccessPolicies.VendorProfileEditor);
        return routes;
    }

    private static async Task<Results<Created<VendorResponse>, ProblemHttpResult>> CreateAsync(
        CreateVendorRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var now = work.Now;
        var vendor = VendorProfileRequest.Blank(request.OrganizationId!.Value, request.Name.Trim(), now) with { Website = request.Website?.Trim() };
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

    private static async Task<Results<Ok<PagedResult<VendorResponse>>, ValidationProblem>> ListAsync(
        [AsParameters] PageQuery page, [AsParameters] VendorFilter filter, TenantDatabase database, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        var errors = filter.Errors();
        if (!Sort.TryOrderBy(filter.Sort, out var orderBy))
        {
            errors = new(errors.Concat(Sort.Problem()));
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors);
        }
        await using var work = await database.BeginAsync(cancellationToken);
        return TypedResults.Ok(await work.PageAsync(
            $"select {Columns}, count(*) over () from vendors {VendorFilter.Where} {orderBy}",
            page, Read, cancellationToken, filter.Values(CertificationValidity.Today(clock))));
    }

    private static Task<Results<Ok<VendorResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken) =>
        VersionedEndpoints.GetAsync(database, response, work => FindVersionedAsync(work, id, "read", cancellationToken), cancellationToken);

    /// <summary>Replaces the profile; only on the version the editor last read (If-Match). A vendor finds only its own.</summary>
    private static Task<Results<Ok<VendorResponse>, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, VendorProfileRequest request, TenantDatabase database, HttpContext context, CancellationToken cancellationToken) =>
        VersionedEndpoints.UpdateAsync(database, context, ObjectType, id,
            work => FindVersionedAsync(work, id, "update", cancellationToken),
            request.ApplyTo,
            (work, updated, version) => VendorRecords.UpdateAsync(work, updated, version, cancellationToken),
            cancellationToken);
}
