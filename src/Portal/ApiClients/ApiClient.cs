namespace OutsourcingPortal.Portal.ApiClients;

/// <summary>A program that obtains access tokens for its organization with the client-credentials grant.</summary>
public sealed class ApiClient
{
    public Guid Id { get; init; }

    /// <summary>The public half of the credentials, sent as <c>client_id</c>.</summary>
    public required string ClientId { get; init; }

    /// <summary>Identity's password hash of the secret; the secret itself is shown once and never stored.</summary>
    public string SecretHash { get; set; } = string.Empty;

    public required string Name { get; init; }

    public Guid OrganizationId { get; init; }

    public required IReadOnlyList<string> Roles { get; init; }

    public Guid CreatedBy { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? RevokedAt { get; set; }
}
