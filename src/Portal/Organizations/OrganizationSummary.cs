namespace OutsourcingPortal.Portal.Organizations;

/// <summary>A row of the organizations page.</summary>
public sealed record OrganizationSummary(
    Guid Id, string Name, OrganizationKind Kind, OrganizationStatus Status, int MemberCount, DateTimeOffset CreatedAt)
{
    public bool IsActive => Status == OrganizationStatus.Active;
}
