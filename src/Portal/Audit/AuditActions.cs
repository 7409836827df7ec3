namespace OutsourcingPortal.Portal.Audit;

/// <summary>What the portal records in its audit log: <c>object-type.past-tense-verb</c>.</summary>
public static class AuditActions
{
    public const string ApiClientCreated = "api-client.created";
    public const string ApiClientRevoked = "api-client.revoked";
    public const string InvitationCreated = "invitation.created";
    public const string InvitationAccepted = "invitation.accepted";
    public const string RoleChanged = "person.role-changed";
    public const string OrganizationCreated = "organization.created";
    public const string OrganizationSuspended = "organization.suspended";
    public const string OrganizationReactivated = "organization.reactivated";
}
