namespace OutsourcingPortal.Portal.ApiClients;

/// <summary>A row of the API clients page: everything about a client except its secret.</summary>
public sealed record ApiClientSummary(
    Guid Id, string Name, string ClientId, IReadOnlyList<string> Roles, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt)
{
    public bool IsActive => RevokedAt is null;

    public string RolesText => string.Join(", ", Roles);
}
