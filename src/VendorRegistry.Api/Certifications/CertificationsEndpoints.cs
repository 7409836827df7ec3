using Microsoft.AspNetCore.Http.HttpResults;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.BuildingBlocks.Http;
using OutsourcingPortal.BuildingBlocks.Security;
using OutsourcingPortal.BuildingBlocks.Tenancy;
using OutsourcingPortal.Contracts;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Files;
using OutsourcingPortal.VendorRegistry.Api.Vendors;
using static OutsourcingPortal.VendorRegistry.Api.Certifications.CertificationRecords;

namespace OutsourcingPortal.VendorRegistry.Api.Certifications;

/// <summary>
/// A vendor's certifications: listed and added under the vendor (<c>/vendors/{id}/certifications</c>), each then
/// read, edited and given evidence at <c>/certifications/{id}</c>, as briefs and invitations are.
/// </summary>
public static class CertificationsEndpoints
{
    public static IEndpointRouteBuilder MapCertificationsEndpoints(this IEndpointRouteBuilder routes)
    {
        var vendors = routes.MapGroup("/vendors/{id:guid}/certifications").WithTags("Certifications");
        vendors.MapGet("/", ListAsync).RequireAuthorization(AccessPolicies.RegistryReader);
        vendors.MapPost("/", CreateAsync).RequireAuthorization(AccessPolicies.VendorProfileEditor);
        var certifications = routes.MapGroup("/certifications").WithTags("Certifications");
        certifications.MapGet("/{id:guid}", GetAsync).RequireAuthorization(AccessPolicies.RegistryReader);
        certifications.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(AccessPolicies.VendorProfileEditor);
        certifications.MapPost("/{id:guid}/evidence", UploadEvidenceAsync).RequireAuthorization(AccessPolicies.VendorProfileEditor);
        return routes;
    }

    private static async Task<Results<Ok<PagedResult<CertificationResponse>>, NotFound>> ListAsync(
        Guid id, [AsParameters] PageQuery page, TenantDatabase database, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        if (await VendorRecords.FindVersionedAsync(work, id, "read", cancellationToken) is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        return TypedResults.Ok(await work.PageAsync(
            $"select {Columns}, count(*) over () from vendor_certifications c where c.vendor_id = $1 order by c.expires_on desc, c.id",
            page, Reader(CertificationValidity.Today(clock)), cancellationToken, id));
    }

    private static async Task<Results<Created<CertificationResponse>, NotFound>> CreateAsync(
        Guid id, CertificationRequest request, TenantDatabase database, TimeProvider clock, CancellationToken cancellationToken)
    {
        await using var work = await database.BeginAsync(cancellationToken);
        // Row-level security shows a vendor only its own profile: another vendor's is not found.
        if (await VendorRecords.FindVersionedAsync(work, id, "add-certification", cancellationToken) is null)
        {
            await work.CommitAsync(cancellationToken);
            return TypedResults.NotFound();
        }
        var certification = request.ToNewCertification(Guid.CreateVersion7(work.Now), id, CertificationValidity.Today(clock), work.Now);
        await InsertAsync(work, certification, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/certifications/{certification.Id}", certification);
    }

    private static Task<Results<Ok<CertificationResponse>, NotFound>> GetAsync(
        Guid id, TenantDatabase database, TimeProvider clock, HttpResponse response, CancellationToken cancellationToken) =>
        VersionedEndpoints.GetAsync(database, response,
            work => FindVersionedAsync(work, id, "read", CertificationValidity.Today(clock), cancellationToken), cancellationToken);

    private static Task<Results<Ok<CertificationResponse>, NotFound, ProblemHttpResult>> UpdateAsync(
        Guid id, CertificationRequest request, TenantDatabase database, TimeProvider clock, HttpContext context,
        CancellationToken cancellationToken) =>
        VersionedEndpoints.UpdateAsync(database, context, ObjectType, id,
            work => FindVersionedAsync(work, id, "update", CertificationValidity.Today(clock), cancellationToken),
            (current, now) => request.ApplyTo(current, CertificationValidity.Today(clock), now),
            (work, updated, version) => CertificationRecords.UpdateAsync(work, updated, version, cancellationToken),
            cancellationToken);

    /// <summary>
    /// Adds one evidence file, sent as the raw body; <c>?fileName=</c> is kept as its display name only. The type is told
    /// from the content: 415 for other kinds, 413 over 10 MB, 422 when empty.
    /// </summary>
    private static async Task<Results<Created<FileResponse>, NotFound, ProblemHttpResult>> UploadEvidenceAsync(
        Guid id, string? fileName, HttpRequest request, TenantDatabase database, TimeProvider clock, CancellationToken cancellationToken)
    {
        // Found before the body is read, so an upload to a certification the caller cannot see is never read.
        Versioned<CertificationResponse>? certification;
        await using (var check = await database.BeginAsync(cancellationToken))
        {
            certification = await FindVersionedAsync(check, id, "upload-evidence", CertificationValidity.Today(clock), cancellationToken);
            await check.CommitAsync(cancellationToken);
        }
        if (certification is null)
        {
            return TypedResults.NotFound();
        }
        // Read with no connection held; certifications are never removed, so the one found is still there to store it with.
        var (upload, problem) = await FileUpload.ReadAsync(request, fileName, cancellationToken);
        if (upload is null)
        {
            return problem!;
        }
        await using var work = await database.BeginAsync(cancellationToken);
        var file = await FileRecords.InsertAsync(work, certification.Value.VendorId, upload, cancellationToken);
        await AttachAsync(work, certification.Value, file, cancellationToken);
        await work.CommitAsync(cancellationToken);
        return TypedResults.Created($"/files/{file.Id}", file);
    }
}
