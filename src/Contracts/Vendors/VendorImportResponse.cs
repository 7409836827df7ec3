namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// A CSV import of vendor profiles and its progress: <see cref="RowsDone"/> of <see cref="RowsTotal"/> data rows so
/// far, each either imported or skipped with its errors.
/// </summary>
public sealed record VendorImportResponse(
    Guid Id,
    VendorImportStatus Status,
    int RowsTotal,
    int RowsDone,
    int RowsImported,
    int RowsFailed,
    IReadOnlyList<VendorImportError> Errors,
    DateTimeOffset CreatedAt,
    DateTimeOffset? FinishedAt);
