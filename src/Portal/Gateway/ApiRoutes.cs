namespace OutsourcingPortal.Portal.Gateway;

/// <summary>The API collections the portal reads, as the gateway publishes them (<c>/api/{service}/…</c>).</summary>
public static class ApiRoutes
{
    public const string Initiatives = "/api/assessment/initiatives";

    public const string Vendors = "/api/vendors/vendors";

    public const string Engagements = "/api/engagements/engagements";

    public const string Certifications = "/api/vendors/certifications";

    /// <summary>The host operator's CSV imports into the registry.</summary>
    public const string VendorImports = "/api/vendors/vendors/imports";

    /// <summary>The registry as CSV; takes the search's filters.</summary>
    public const string VendorExport = "/api/vendors/vendors/export.csv";

    /// <summary>Stored files (certification evidence), as attachments.</summary>
    public const string VendorFiles = "/api/vendors/files";

    public const string Briefs = "/api/vendors/briefs";

    /// <summary>A vendor's invitations to answer briefs.</summary>
    public const string Invitations = "/api/vendors/invitations";

    /// <summary>What the signed-in person should attend to soon: deadlines and expiring certifications.</summary>
    public const string Reminders = "/api/vendors/reminders";

    public static string Item(string collection, Guid id) => $"{collection}/{id}";
}
