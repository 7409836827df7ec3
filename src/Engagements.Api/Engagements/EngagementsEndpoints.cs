using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Contracts;

namespace OutsourcingPortal.Engagements.Api.Engagements;

public static class EngagementsEndpoints
{
    private const string Columns = "id, name, vendor_name, phase, created_at, updated_at";

    public static IEndpointRouteBuilder MapEngagementsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/engagements").WithTags("Engagements");
        group.MapPost("/", CreateAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        return routes;
    }

    /// <summary>Every engagement starts in discovery and proof of concept; later phases are reached through gates.</summary>
    private static async Task<Created<EngagementResponse>> CreateAsync(
        CreateEngagementRequest request, NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNowForStorage();
        var engagement = new EngagementResponse(
            Guid.CreateVersion7(now), request.Name.Trim(), request.VendorName.Trim(), EngagementPhase.DiscoveryPoc, now, now);
        await using var command = dataSource.CreateCommand(
            "insert into engagements (id, name, vendor_name, phase, created_at, updated_at) values ($1, $2, $3, $4, $5, $6)",
            engagement.Id, engagement.Name, engagement.VendorName, KebabCaseEnum.ToText(engagement.Phase), now, now);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return TypedResults.Created($"/engagements/{engagement.Id}", engagement);
    }

    private static async Task<Ok<PagedResult<EngagementResponse>>> ListAsync(
        [AsParameters] PageQuery query, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dataSource.QueryPageAsync(
            $"select {Columns}, count(*) over () from engagements order by created_at desc limit $1 offset $2", query, Read, cancellationToken));

    private static async Task<Results<Ok<EngagementResponse>, NotFound>> GetAsync(
        Guid id, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        await dataSource.QuerySingleOrDefaultAsync($"select {Columns} from engagements where id = $1", id, Read, cancellationToken) is { } engagement
            ? TypedResults.Ok(engagement)
            : TypedResults.NotFound();

    private static EngagementResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetString(1), row.GetString(2), KebabCaseEnum.Parse<EngagementPhase>(row.GetString(3)),
            row.GetFieldValue<DateTimeOffset>(4), row.GetFieldValue<DateTimeOffset>(5));
}
