using CsvHelper;
using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.VendorRegistry.Api.Certifications;
using OutsourcingPortal.VendorRegistry.Api.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.VendorImport;

/// <summary>
/// The registry as one CSV file (<see cref="VendorCsv"/>), which the import takes back: every vendor, or those the
/// search's filters (<see cref="VendorFilter"/>, its sort aside) find. Text that a spreadsheet would run as a formula
/// (starting with = + - @) is written with a leading apostrophe.
/// </summary>
public static class VendorExportEndpoints
{
    public static IEndpointRouteBuilder MapVendorExportEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/vendors/export.csv", ExportAsync).WithTags("Vendor imports").RequireAuthorization(AccessPolicies.RegistryBrowser);
        return routes;
    }

    private static async Task<Results<FileContentHttpResult, ValidationProblem>> ExportAsync(
        [AsParameters] VendorFilter filter, TenantDatabase database, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (filter.Errors() is { Count: > 0 } errors)
        {
            return TypedResults.ValidationProblem(errors);
        }
        using var output = new MemoryStream();
        await using (var work = await database.BeginAsync(cancellationToken))
        await using (var command = work.CreateCommand(
            $"select {VendorRecords.Columns} from vendors {VendorFilter.Where} order by lower(name), id", filter.Values(CertificationValidity.Today(clock))))
        await using (var rows = await command.ExecuteReaderAsync(cancellationToken))
        using (var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape }, leaveOpen: true))
        {
            csv.WriteHeader([.. VendorCsv.Columns]);
            while (await rows.ReadAsync(cancellationToken))
            {
                csv.WriteRecord(VendorCsv.ToCells(VendorRecords.Read(rows)));
            }
            csv.Flush();
        }
        return TypedResults.File(output.ToArray(), "text/csv; charset=utf-8", "vendors.csv");
    }
}
