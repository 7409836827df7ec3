using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Contracts;

namespace OutsourcingPortal.Assessment.Api.Initiatives;

public static class InitiativesEndpoints
{
    private const string Columns = "id, name, use_case, created_at, updated_at";

    public static IEndpointRouteBuilder MapInitiativesEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/initiatives").WithTags("Initiatives");
        group.MapPost("/", CreateAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        return routes;
    }

    private static async Task<Created<InitiativeResponse>> CreateAsync(
        CreateInitiativeRequest request, NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNowForStorage();
        var initiative = new InitiativeResponse(Guid.CreateVersion7(now), request.Name.Trim(), request.UseCase.Trim(), now, now);
        await using var command = dataSource.CreateCommand(
            "insert into initiatives (id, name, use_case, created_at, updated_at) values ($1, $2, $3, $4, $5)",
            initiative.Id, initiative.Name, initiative.UseCase, now, now);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return TypedResults.Created($"/initiatives/{initiative.Id}", initiative);
    }

    private static async Task<Ok<PagedResult<InitiativeResponse>>> ListAsync(
        [AsParameters] PageQuery query, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dataSource.QueryPageAsync(
            $"select {Columns}, count(*) over () from initiatives order by created_at desc limit $1 offset $2", query, Read, cancellationToken));

    private static async Task<Results<Ok<InitiativeResponse>, NotFound>> GetAsync(
        Guid id, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        await dataSource.QuerySingleOrDefaultAsync($"select {Columns} from initiatives where id = $1", id, Read, cancellationToken) is { } initiative
            ? TypedResults.Ok(initiative)
            : TypedResults.NotFound();

    private static InitiativeResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), row.GetString(1), row.GetString(2), row.GetFieldValue<DateTimeOffset>(3), row.GetFieldValue<DateTimeOffset>(4));
}
