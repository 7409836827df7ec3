using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Contracts;

namespace OutsourcingPortal.VendorRegistry.Api.Vendors;

public static class VendorsEndpoints
{
    private const string Columns = "id, name, website, created_at, updated_at";

    public static IEndpointRouteBuilder MapVendorsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/vendors").WithTags("Vendors");
        group.MapPost("/", CreateAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        return routes;
    }

    private static async Task<Created<VendorResponse>> CreateAsync(
        CreateVendorRequest request, NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNowForStorage();
        var vendor = new VendorResponse(Guid.CreateVersion7(now), request.Name.Trim(), request.Website?.Trim(), now, now);
        await using var command = dataSource.CreateCommand(
            "insert into vendors (id, name, website, created_at, updated_at) values ($1, $2, $3, $4, $5)",
            vendor.Id, vendor.Name, (object?)vendor.Website ?? DBNull.Value, now, now);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return TypedResults.Created($"/vendors/{vendor.Id}", vendor);
    }

    private static async Task<Ok<PagedResult<VendorResponse>>> ListAsync(
        [AsParameters] PageQuery query, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dataSource.QueryPageAsync(
            $"select {Columns}, count(*) over () from vendors order by lower(name), id limit $1 offset $2", query, Read, cancellationToken));

    private static async Task<Results<Ok<VendorResponse>, NotFound>> GetAsync(
        Guid id, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        await dataSource.QuerySingleOrDefaultAsync($"select {Columns} from vendors where id = $1", id, Read, cancellationToken) is { } vendor
            ? TypedResults.Ok(vendor)
            : TypedResults.NotFound();

    private static VendorResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetString(1), row.IsDBNull(2) ? null : row.GetString(2),
            row.GetFieldValue<DateTimeOffset>(3), row.GetFieldValue<DateTimeOffset>(4));
}
