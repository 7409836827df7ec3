namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// A stored file as its readers see it: the name the uploader gave (display only, never a path), the type found in
/// its content, its size and SHA-256. The bytes are at <c>/files/{id}</c>.
/// </summary>
public sealed record FileResponse(Guid Id, string FileName, string ContentType, long Size, string Sha256, DateTimeOffset UploadedAt);
