namespace OutsourcingPortal.VendorRegistry.Api.VendorImport;

/// <summary>One data row of an import: its number (the header is row 1) and its cells by column, or why it cannot be read.</summary>
public sealed record VendorCsvRow(int Number, IReadOnlyDictionary<string, string>? Cells, string? Problem);
