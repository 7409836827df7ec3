using Microsoft.AspNetCore.Identity;

namespace OutsourcingPortal.Portal.Identity;

/// <summary>A person who signs in. The user name is the e-mail address.</summary>
public sealed class PortalUser : IdentityUser<Guid>
{
    public required string DisplayName { get; set; }

    /// <summary>The client or vendor organization the person works for; null for the host operator.</summary>
    public Guid? OrganizationId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }
}
