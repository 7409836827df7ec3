using System.Security.Cryptography;
using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Files;

/// <summary>
/// How files are stored (the <c>files</c> table): written once, in the same unit of work as what they are attached to,
/// and read by whoever may see that (row-level security through the attachment's link table).
/// </summary>
internal static class FileRecords
{
    public const string ObjectType = "file";

    /// <summary>A file row (as <paramref name="alias"/>) as the JSON of a <see cref="FileResponse"/>, for lists built in SQL.</summary>
    public static string JsonOf(string alias) =>
        $"json_build_object('id', {alias}.id, 'fileName', {alias}.file_name, 'contentType', {alias}.content_type, " +
        $"'size', {alias}.size_bytes, 'sha256', encode({alias}.sha256, 'hex'), 'uploadedAt', {alias}.created_at)";

    /// <summary>Stores the upload as a file of <paramref name="vendorId"/> and audits it; the caller links it to its owner.</summary>
    /// <param name="audited">What the audit log keeps of the new file, when more than the file (what it is attached to).</param>
    public static async Task<FileResponse> InsertAsync(
        UnitOfWork work, Guid vendorId, FileUpload upload, CancellationToken cancellationToken, Func<FileResponse, object>? audited = null)
    {
        var now = work.Now;
        var hash = SHA256.HashData(upload.Content);
        var file = new FileResponse(Guid.CreateVersion7(now), upload.FileName, upload.ContentType, upload.Content.Length,
            Convert.ToHexStringLower(hash), now);
        await work.ExecuteAsync(
            """
            insert into files (id, vendor_id, file_name, content_type, size_bytes, sha256, content, created_at, created_by)
            values ($1, $2, $3, $4, $5, $6, $7, $8, $9)
            """,
            cancellationToken, file.Id, vendorId, file.FileName, file.ContentType, upload.Content.Length, hash, upload.Content, now, work.Actor.Id);
        await work.AuditAsync("create", ObjectType, file.Id, before: null, after: audited?.Invoke(file) ?? file, cancellationToken);
        return file;
    }
}
