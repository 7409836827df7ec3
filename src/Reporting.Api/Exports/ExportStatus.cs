namespace OutsourcingPortal.Reporting.Api.Exports;

/// <summary>Exports are long operations: requested, then produced in the background with visible progress.</summary>
public enum ExportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}
