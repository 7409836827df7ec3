namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>Where a CSV import of vendor profiles stands.</summary>
public enum VendorImportStatus
{
    Queued,
    Running,
    Completed,
}
