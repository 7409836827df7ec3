namespace OutsourcingPortal.Portal.People;

/// <summary>An invitation to join an organization with a role, accepted through a link that carries its token.</summary>
public sealed class Invitation
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public Guid Id { get; init; }

    public Guid OrganizationId { get; init; }

    public required string Email { get; init; }

    public required string Role { get; init; }

    /// <summary>SHA-256 of the token, hex: the token itself is only ever in the link.</summary>
    public required string TokenHash { get; init; }

    public DateTimeOffset ExpiresAt { get; init; }

    public Guid CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? AcceptedAt { get; set; }

    public Guid? AcceptedBy { get; set; }
}
