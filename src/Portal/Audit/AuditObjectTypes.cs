namespace OutsourcingPortal.Portal.Audit;

public static class AuditObjectTypes
{
    public const string ApiClient = "api-client";
    public const string Invitation = "invitation";
    public const string Person = "person";
    public const string Organization = "organization";
}
