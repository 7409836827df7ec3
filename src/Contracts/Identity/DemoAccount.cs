namespace OutsourcingPortal.Contracts.Identity;

/// <summary>A seeded demo sign-in. <see cref="OrganizationId"/> is the tenant or vendor organization, null for the host operator.</summary>
public sealed record DemoAccount(string Email, string DisplayName, string Role, Guid? OrganizationId);
