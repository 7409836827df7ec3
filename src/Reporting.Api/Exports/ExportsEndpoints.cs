using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;

namespace OutsourcingPortal.Reporting.Api.Exports;

public static class ExportsEndpoints
{
    private const string ObjectType = "export";
    private const string Columns = "id, report, format, status, created_at, updated_at";

    /// <remarks>Exporting reads the portfolio, so every role that may read it may ask for an export, executives included.</remarks>
    public static IEndpointRouteBuilder MapExportsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/exports").WithTags("Exports").RequireAuthorization(AccessPolicies.TenantReader);
        group.MapPost("/", RequestAsync);
        group.MapGet("/", ListAsync);
        group.MapGet("/{id:guid}", GetAsync);
        return routes;
    }

    /// <summary>Records the request as queued; producing the file is the background worker's job.</summary>
    private static async Task<Created<ExportResponse>> RequestAsync(
        RequestExportRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var now = work.Now;
        var export = new ExportResponse(Guid.CreateVersion7(now), request.Report!.Value, request.Format!.Value, ExportStatus.Queued, now, now);
        await work.ExecuteAsync(
            "insert into exports (tenant_id, id, report, format, status, created_at, updated_at, created_by) values (app_tenant_id(), $1, $2, $3, $4, $5, $5, $6)",
            cancellationToken,
            export.Id, KebabCaseEnum.ToText(export.Report), KebabCaseEnum.ToText(export.Format), KebabCaseEnum.ToText(export.Status), now, work.Actor.Id);
        await work.AuditAsync("create", ObjectType, export.Id, before: null, after: export, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/exports/{export.Id}", export);
    }

    private static async Task<Ok<PagedResult<ExportResponse>>> ListAsync(
        [AsParameters] PageQuery query, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        return TypedResults.Ok(await work.PageAsync(
            $"select {Columns}, count(*) over () from exports order by created_at desc, id desc", query, Read, cancellationToken));
    }

    private static async Task<Results<Ok<ExportResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var export = await work.FindAsync(ObjectType, id, "read", $"select {Columns} from exports where id = $1", Read, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return export is null ? TypedResults.NotFound() : TypedResults.Ok(export);
    }

    private static ExportResponse Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), KebabCaseEnum.Parse<ReportKind>(row.GetString(1)), KebabCaseEnum.Parse<ExportFormat>(row.GetString(2)),
            KebabCaseEnum.Parse<ExportStatus>(row.GetString(3)), row.GetFieldValue<DateTimeOffset>(4), row.GetFieldValue<DateTimeOffset>(5));
}
