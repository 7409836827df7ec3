using Microsoft.AspNetCore.Http.HttpResults;
using Npgsql;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.VendorNotes;

/// <summary>
/// Each client organization's private notes and rating of a vendor, at <c>/vendors/{id}/notes</c>: one per organization
/// and vendor, kept in a tenant table, so another organization, the vendor and the host never see them.
/// </summary>
public static class VendorNotesEndpoints
{
    private const string ObjectType = "vendor-notes";
    private const string Columns = "id, vendor_id, rating, notes, updated_at, updated_by_name";

    public static IEndpointRouteBuilder MapVendorNotesEndpoints(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/vendors/{id:guid}/notes").WithTags("Vendor notes");
        group.MapGet("/", GetAsync).RequireAuthorization(AccessPolicies.TenantReader);
        group.MapPut("/", PutAsync).RequireAuthorization(AccessPolicies.TenantEditor);
        return routes;
    }

    /// <summary>The organization's notes; before anyone wrote them, empty and without an ETag.</summary>
    private static async Task<Results<Ok<VendorNotesResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, HttpResponse response, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (await VendorRecords.FindVersionedAsync(work, id, "read-notes", cancellationToken) is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        var notes = await FindAsync(work, id, cancellationToken);
        if (notes is null)
        {
            return TypedResults.Ok(new VendorNotesResponse(id, null, "", null, null));
        }
        response.SetETag(notes.Version);
        return TypedResults.Ok(notes.Value.Notes);
    }

    /// <summary>
    /// Writes the notes. Once they exist, only on the version last read (If-Match: 428 without, 412 when stale); the
    /// first write goes without If-Match, and loses (412) to another first write that came earlier.
    /// </summary>
    private static async Task<Results<Ok<VendorNotesResponse>, NotFound, ProblemHttpResult>> PutAsync(
        Guid id, VendorNotesRequest request, TenantDatabase database, HttpContext context, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (await VendorRecords.FindVersionedAsync(work, id, "write-notes", cancellationToken) is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        var current = await FindAsync(work, id, cancellationToken);
        var ifMatch = context.Request.IfMatchVersion();
        if (current is not null && ifMatch is null)
        {
            return PreconditionProblems.IfMatchRequired();
        }
        var notes = new VendorNotesResponse(id, request.Rating, request.Notes?.Trim() ?? "", work.Now, work.Actor.Name);
        var rowId = current?.Value.RowId ?? Guid.CreateVersion7(work.Now);
        var newVersion = current is null
            ? ifMatch is null ? await InsertAsync(work, rowId, notes, cancellationToken) : null
            : await UpdateAsync(work, rowId, notes, ifMatch!.Value, cancellationToken);
        if (newVersion is null)
        {
            return PreconditionProblems.Stale();
        }
        await work.AuditAsync(current is null ? "create" : "update", ObjectType, rowId, current?.Value.Notes, notes, cancellationToken);
        await work.CommitAsync(cancellationToken);
        context.Response.SetETag((uint)newVersion);
        return TypedResults.Ok(notes);
    }

    private static Task<Versioned<StoredNotes>?> FindAsync(UnitOfWork work, Guid vendorId, CancellationToken cancellationToken) =>
        work.SingleOrDefaultAsync($"select {Columns}, {Versioned.Column} from vendor_notes where vendor_id = $1",
            Versioned.Reader(Read), cancellationToken, vendorId);

    private static Task<long?> InsertAsync(UnitOfWork work, Guid rowId, VendorNotesResponse notes, CancellationToken cancellationToken) =>
        work.ScalarAsync<long?>(
            $"""
            insert into vendor_notes (tenant_id, id, vendor_id, rating, notes, created_at, updated_at, created_by, updated_by_name)
            values (app_tenant_id(), $1, $2, $3, $4, $5, $5, $6, $7)
            on conflict (tenant_id, vendor_id) do nothing
            returning {Versioned.Column}
            """,
            cancellationToken, rowId, notes.VendorId, notes.Rating, notes.Notes, notes.UpdatedAt, work.Actor.Id, notes.UpdatedBy);

    private static Task<long?> UpdateAsync(UnitOfWork work, Guid rowId, VendorNotesResponse notes, uint version, CancellationToken cancellationToken) =>
        work.ScalarAsync<long?>(
            $"""
            update vendor_notes set rating = $2, notes = $3, updated_at = $4, updated_by_name = $5
            where id = $1 and {Versioned.Matches(6)}
            returning {Versioned.Column}
            """,
            cancellationToken, rowId, notes.Rating, notes.Notes, notes.UpdatedAt, notes.UpdatedBy, Versioned.Parameter(version));

    private static StoredNotes Read(NpgsqlDataReader row) =>
        new(row.GetGuid(0), new VendorNotesResponse(row.GetGuid(1), row.IsDBNull(2) ? null : row.GetInt16(2), row.GetString(3),
            row.GetFieldValue<DateTimeOffset>(4), row.GetString(5)));

    private sealed record StoredNotes(Guid RowId, VendorNotesResponse Notes);
}
