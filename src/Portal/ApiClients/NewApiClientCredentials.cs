namespace OutsourcingPortal.Portal.ApiClients;

/// <summary>What the creator of an API client sees once: the secret is not stored and cannot be shown again.</summary>
public sealed record NewApiClientCredentials(string Name, string ClientId, string Secret);
