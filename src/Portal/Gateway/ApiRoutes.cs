namespace OutsourcingPortal.Portal.Gateway;

/// <summary>The API collections the portal reads, as the gateway publishes them (<c>/api/{service}/…</c>).</summary>
public static class ApiRoutes
{
    public const string Initiatives = "/api/assessment/initiatives";

    public const string Vendors = "/api/vendors/vendors";

    public const string Engagements = "/api/engagements/engagements";

    public static string Item(string collection, Guid id) => $"{collection}/{id}";
}
