using OutsourcingPortal.BuildingBlocks.Data;
using OutsourcingPortal.Contracts.Vendors;
using OutsourcingPortal.VendorRegistry.Api.Files;

namespace OutsourcingPortal.VendorRegistry.Api.Responses;

/// <summary>
/// How files attached to a response's answers are stored (<c>brief_response_attachments</c>): row-level security shows
/// them to whoever reads the response, and so their files.
/// </summary>
internal static class AttachmentRecords
{
    /// <summary>The attachments of the response <c>r</c> as JSON text: question id → its files, oldest first.</summary>
    public static readonly string ByQuestion =
        "coalesce((select json_object_agg(q.question_id, q.files) from (" +
        $"select a.question_id, json_agg({FileRecords.JsonOf("f")} order by f.created_at, f.id) as files " +
        "from brief_response_attachments a join files f on f.id = a.file_id where a.response_id = r.id group by a.question_id) q), '{}')::text";

    public static Task<int> InsertAsync(
        UnitOfWork work, Guid tenantId, VendorResponseToBrief response, string questionId, FileResponse file, CancellationToken cancellationToken) =>
        work.ExecuteAsync(
            """
            insert into brief_response_attachments (tenant_id, response_id, question_id, file_id, vendor_id, created_at)
            values ($1, $2, $3, $4, $5, $6)
            """,
            cancellationToken, tenantId, response.Id, questionId, file.Id, response.VendorId, file.UploadedAt);

    /// <summary>How many files the response has, whatever their questions.</summary>
    public static async Task<int> CountAsync(UnitOfWork work, Guid responseId, CancellationToken cancellationToken) =>
        await work.ScalarAsync<int>("select count(*)::int from brief_response_attachments where response_id = $1", cancellationToken, responseId);

    /// <summary>
    /// The file <paramref name="fileId"/> attached to the response, as the audit log keeps it; null when it is not one of
    /// its attachments (removed already, or another's), and the attempt to <paramref name="action"/> it is audited as denied.
    /// </summary>
    public static async Task<AuditedAttachment?> FindAsync(
        UnitOfWork work, Guid responseId, Guid fileId, string action, CancellationToken cancellationToken)
    {
        var attachment = await work.SingleOrDefaultAsync(
            $"""
            select a.question_id, {FileRecords.JsonOf("f")}::text
            from brief_response_attachments a join files f on f.id = a.file_id where a.response_id = $1 and a.file_id = $2
            """,
            row => AuditedAttachment.Of(responseId, row.GetString(0), StoredJson.Read<FileResponse>(row, 1)), cancellationToken, responseId, fileId);
        if (attachment is null)
        {
            await work.AuditDeniedAsync(action, FileRecords.ObjectType, fileId, cancellationToken);
        }
        return attachment;
    }

    /// <summary>Deletes the attachment's file; its link goes with it (<c>on delete cascade</c>).</summary>
    public static Task<int> DeleteAsync(UnitOfWork work, Guid fileId, CancellationToken cancellationToken) =>
        work.ExecuteAsync("delete from files where id = $1", cancellationToken, fileId);
}
