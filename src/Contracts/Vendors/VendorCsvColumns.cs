namespace OutsourcingPortal.Contracts.Vendors;

/// <summary>
/// The columns of the registry's CSV export and import, one per profile field, named as in the JSON; only <c>id</c>
/// (the vendor organization's id) and <c>name</c> are required.
/// </summary>
public static class VendorCsvColumns
{
    public const string Id = "id";
    public const string Name = "name";

    public static readonly IReadOnlyList<string> All =
    [
        Id, Name, "website", "capabilities", "verticals", "regions", "timeZones", "engagementModels", "rateCard", "modelsInProduction",
        "trackRecord", "teamMembers", "retentionPercent", "encryptionInTransit", "encryptionAtRest", "accessControlAndAuditLogs",
        "dataResidency", "gdpr", "ccpa", "hipaa", "aiAssistantUsage",
    ];
}
