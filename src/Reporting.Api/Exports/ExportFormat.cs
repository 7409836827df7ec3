namespace OutsourcingPortal.Reporting.Api.Exports;

public enum ExportFormat
{
    Csv,
    Pdf,
}
