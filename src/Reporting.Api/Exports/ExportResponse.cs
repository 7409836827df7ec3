namespace OutsourcingPortal.Reporting.Api.Exports;

public sealed record ExportResponse(
    Guid Id, ReportKind Report, ExportFormat Format, ExportStatus Status, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
