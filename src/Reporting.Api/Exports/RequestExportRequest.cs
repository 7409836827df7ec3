using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.Reporting.Api.Exports;

public sealed record RequestExportRequest(
    [Required] ReportKind? Report,
    [Required] ExportFormat? Format);
