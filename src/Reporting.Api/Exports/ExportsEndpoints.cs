using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.Contracts;

namespace OutsourcingPortal.Reporting.Api.Exports;

public static class ExportsEndpoints
{
    private const string Columns = "id, report, format, status, created_at, updated_at";

    public static IEndpointRouteBuilder MapExportsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/exports").WithTags("Exports");
        group.MapPost("/", RequestAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        return routes;
    }

    /// <summary>Records the request as queued; producing the file is the background worker's job.</summary>
    private static async Task<Created<ExportResponse>> RequestAsync(
        RequestExportRequest request, NpgsqlDataSource dataSource, TimeProvider clock, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNowForStorage();
        var export = new ExportResponse(Guid.CreateVersion7(now), request.Report!.Value, request.Format!.Value, ExportStatus.Queued, now, now);
        await using var command = dataSource.CreateCommand(
            "insert into exports (id, report, format, status, created_at, updated_at) values ($1, $2, $3, $4, $5, $6)",
            export.Id, KebabCaseEnum.ToText(export.Report), KebabCaseEnum.ToText(export.Format), KebabCaseEnum.ToText(export.Status), now, now);
        await command.ExecuteNonQueryAsync(cancellationToken);
        return TypedResults.Created($"/exports/{export.Id}", export);
    }

    private static async Task<Ok<PagedResult<ExportResponse>>> ListAsync(
        [AsParameters] PageQuery query, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        TypedResults.Ok(await dataSource.QueryPageAsync(
            $"select {Columns}, count(*) over () from exports order by created_at desc limit $1 offset $2", query, Read, cancellationToken));

    private static async Task<Results<Ok<ExportResponse>, NotFound>> GetAsync(
        Guid id, NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        await dataSource.QuerySingleOrDefaultAsync($"select {Columns} from exports where id = $1", id, Read, cancellationToken) is { } export
            ? TypedResults.Ok(export)
            : TypedResults.NotFound();

    private static ExportResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), KebabCaseEnum.Parse<ReportKind>(row.GetString(1)), KebabCaseEnum.Parse<ExportFormat>(row.GetString(2)),
            KebabCaseEnum.Parse<ExportStatus>(row.GetString(3)), row.GetFieldValue<DateTimeOffset>(4), row.GetFieldValue<DateTimeOffset>(5));
}
