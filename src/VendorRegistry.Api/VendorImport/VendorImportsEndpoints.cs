using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.VendorImport;

/// <summary>
/// The host operator's CSV import of vendor profiles (<see cref="VendorCsv"/>): the file is checked and stored at once
/// (202 with the import), its rows are imported in the background (<see cref="VendorImportWorker"/>), and the import
/// shows its progress and the rows it skipped, with why.
/// </summary>
public static class VendorImportsEndpoints
{
    public const int MaxBytes = 1024 * 1024;
    public const int MaxRows = 10_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static IEndpointRouteBuilder MapVendorImportsEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/vendors/imports").WithTags("Vendor imports");
        group.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.HostOperator);
        group.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AccessPolicies.HostOperator);
        return routes;
    }

    /// <summary>Takes a <c>text/csv</c> body of at most 1 MB and 10,000 rows whose header names known columns.</summary>
    private static async Task<Results<Accepted<VendorImportResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        HttpRequest request, TenantDatabase database, CancellationToken cancellationToken)
    {
        if (!string.Equals(request.GetTypedHeaders().ContentType?.MediaType.Value, "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Send the import as text/csv.", detail: $"The columns are {string.Join(", ", VendorCsv.Columns)}.");
        }
        if (await RequestBody.ReadAsync(request, MaxBytes, cancellationToken) is not { } body)
        {
            return RequestBody.TooLarge("CSV file", MaxBytes);
        }
        if (Problems(body, out var text, out var rows) is { Count: > 0 } problems)
        {
            return TypedResults.ValidationProblem(problems);
        }
        await using var work = await database.BeginAsync(cancellationToken);
        var import = new VendorImportResponse(Guid.CreateVersion7(work.Now), VendorImportStatus.Queued, rows, 0, 0, 0, [], work.Now, null);
        await VendorImportRecords.InsertAsync(work, import, text, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Accepted($"/vendors/imports/{import.Id}", import);
    }

    private static async Task<Results<Ok<VendorImportResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        var import = await VendorImportRecords.FindAsync(work, id, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return import is null ? TypedResults.NotFound() : TypedResults.Ok(import);
    }

    /// <summary>What makes the file unusable as a whole, keyed <c>file</c>, <c>header</c> or <c>rows</c>; else its text and row count.</summary>
    private static Dictionary<string, string[]> Problems(byte[] body, out string text, out int rows)
    {
        rows = 0;
        try
        {
            text = StrictUtf8.GetString(body);
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return new() { ["file"] = ["The file is not UTF-8 text."] };
        }
        if (VendorCsvFile.Open(text) is not { } file)
        {
            return new() { ["header"] = [$"The first row names the columns: {string.Join(", ", VendorCsv.Columns)}."] };
        }
        if (VendorCsv.HeaderErrors(file.Header) is { Count: > 0 } headerErrors)
        {
            return new() { ["header"] = [.. headerErrors] };
        }
        rows = file.Rows().Count();
        return rows is 0 or > MaxRows
            ? new() { ["rows"] = [$"An import has from 1 to {MaxRows} rows after the header; this file has {rows}."] }
            : [];
    }
}
