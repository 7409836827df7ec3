namespace OutsourcingPortal.Portal.Organizations;

/// <summary>A client organization (a tenant) or a vendor organization, as the identity directory keeps it.</summary>
public sealed class Organization
{
    public Guid Id { get; init; }

    public required string Name { get; set; }

    public OrganizationKind Kind { get; init; }

    public OrganizationStatus Status { get; set; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
