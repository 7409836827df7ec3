namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>Why one row of an import was skipped: its row number (the header is row 1), the column, what was wrong.</summary>
public sealed record VendorImportError(int Row, string Column, string Message);
