using OutsourcingPortal.Contracts.Vendors;

namespace OutsourcingPortal.VendorRegistry.Api.Responses;

/// <summary>An attached file as the audit log keeps it: the file and the answer it belongs to.</summary>
internal sealed record AuditedAttachment(
    Guid Id, Guid ResponseId, string QuestionId, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt)
{
    public static AuditedAttachment Of(Guid responseId, string questionId, FileResponse file) =>
        new(file.Id, responseId, questionId, file.FileName, file.ContentType, file.Size, file.Sha256, file.UploadedAt);
}
