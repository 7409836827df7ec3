using Microsoft.Extensions.Options;
using Microsoft.Extensions.Validation;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Tenancy;

namespace OutsourcingPortal.VendorRegistry.Api.VendorImport;

/// <summary>
/// Runs the queued imports, one row at a time, each row in a transaction of its own together with the import's
/// progress: a row is imported whole or skipped with its errors, and an import that stops half-way (a restart, a lost
/// replica) is taken up again where it stopped once its lease has run out.
/// </summary>
internal sealed class VendorImportWorker(
    NpgsqlDataSource dataSource, IOptions<ValidationOptions> validation, TimeProvider clock, ILogger<VendorImportWorker> logger)
    : BackgroundService
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(1);

    // Claims imports for whoever started them: a host-level actor that reaches only host-level data.
    private static readonly RequestActor Worker = new(null, "vendor import", null, null, IsHostOperator: true);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval, clock);
        try
        {
            do
            {
                try
                {
                    while (await ClaimAsync(stoppingToken) is { } import)
                    {
                        await RunAsync(import, stoppingToken);
                    }
                }
                catch (Exception exception) when (exception is NpgsqlException or TimeoutException && !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning(exception, "Running vendor imports failed; trying again");
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: an import under way keeps its progress and is taken up again after the lease.
        }
    }

    /// <summary>The oldest import that is queued, or running with its lease run out, now leased to this worker.</summary>
    private async Task<ClaimedImport?> ClaimAsync(CancellationToken cancellationToken)
    {
        await using var work = await UnitOfWork.BeginAsync(dataSource, Worker, clock, cancellationToken);
        var import = await work.SingleOrDefaultAsync(
            """
            update vendor_imports set status = 'running', lease_until = $1
            where id = (select id from vendor_imports
                        where status = 'queued' or (status = 'running' and lease_until < $2)
                        order by created_at limit 1 for update skip locked)
            returning id, content, rows_done, created_by, created_by_name
            """,
            row => new ClaimedImport(row.GetGuid(0), row.GetString(1), row.GetInt32(2),
                new RequestActor(row.IsDBNull(3) ? null : row.GetGuid(3), row.GetString(4), null, null, IsHostOperator: true)),
            cancellationToken, work.Now + Lease, work.Now);
        await work.CommitAsync(cancellationToken);
        return import;
    }

    private async Task RunAsync(ClaimedImport import, CancellationToken cancellationToken)
    {
        var file = VendorCsvFile.Open(import.Content)!;
        var rowsDone = import.RowsDone;
        foreach (var row in file.Rows().Skip(import.RowsDone))
        {
            List<(string Column, string Message)>? errors = row.Cells is null
                ? [("", row.Problem!)]
                : await ImportRowAsync(import, row.Cells, rowsDone, cancellationToken);
            if (errors is null)
            {
                logger.LogInformation("Import {ImportId} was taken over by another worker", import.Id);
                return;
            }
            if (errors.Count > 0 && !await SkipRowAsync(import, row.Number, errors, rowsDone, cancellationToken))
            {
                return;
            }
            rowsDone++;
        }
        await using var work = await UnitOfWork.BeginAsync(dataSource, import.Actor, clock, cancellationToken);
        await work.ExecuteAsync(
            "update vendor_imports set status = 'completed', finished_at = $2, lease_until = null where id = $1 and rows_done = rows_total",
            cancellationToken, import.Id, work.Now);
        await work.CommitAsync(cancellationToken);
        logger.LogInformation("Import {ImportId} completed", import.Id);
    }

    /// <summary>
    /// Writes one valid row with its progress; the row's errors when it is not valid (nothing written); null when
    /// another worker has moved the import on.
    /// </summary>
    private async Task<List<(string Column, string Message)>?> ImportRowAsync(
        ClaimedImport import, IReadOnlyDictionary<string, string> cells, int rowsDone, CancellationToken cancellationToken)
    {
        var (id, request, errors) = VendorCsv.Parse(cells);
        errors.AddRange(await VendorImportValidation.ErrorsAsync(validation.Value, request, cancellationToken));
        if (errors.Count > 0)
        {
            return errors;
        }
        await using var work = await UnitOfWork.BeginAsync(dataSource, import.Actor, clock, cancellationToken);
        try
        {
            await VendorImportRows.UpsertAsync(work, id, request, cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.CheckViolation or PostgresErrorCodes.StringDataRightTruncation)
        {
            return [("", "The row breaks a rule of the registry and was not imported.")];
        }
        if (!await AdvanceAsync(work, import, rowsDone, imported: true, cancellationToken))
        {
            return null;
        }
        await work.CommitAsync(cancellationToken);
        return [];
    }

    private async Task<bool> SkipRowAsync(
        ClaimedImport import, int rowNumber, List<(string Column, string Message)> errors, int rowsDone, CancellationToken cancellationToken)
    {
        await using var work = await UnitOfWork.BeginAsync(dataSource, import.Actor, clock, cancellationToken);
        foreach (var (column, message) in errors)
        {
            await work.ExecuteAsync(
                "insert into vendor_import_errors (import_id, row_number, column_name, message) values ($1, $2, $3, $4)",
                cancellationToken, import.Id, rowNumber, column, message);
        }
        if (!await AdvanceAsync(work, import, rowsDone, imported: false, cancellationToken))
        {
            return false;
        }
        await work.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>Counts the row done, if the import is still where this worker left it, and renews the lease.</summary>
    private static async Task<bool> AdvanceAsync(UnitOfWork work, ClaimedImport import, int rowsDone, bool imported, CancellationToken cancellationToken) =>
        await work.ExecuteAsync(
            """
            update vendor_imports
            set rows_done = rows_done + 1, rows_imported = rows_imported + $3, rows_failed = rows_failed + $4, lease_until = $5
            where id = $1 and rows_done = $2
            """,
            cancellationToken, import.Id, rowsDone, imported ? 1 : 0, imported ? 0 : 1, work.Now + Lease) == 1;

    private sealed record ClaimedImport(Guid Id, string Content, int RowsDone, RequestActor Actor);
}
