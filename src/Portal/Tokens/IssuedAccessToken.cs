namespace OutsourcingPortal.Portal.Tokens;

public sealed record IssuedAccessToken(string Token, DateTimeOffset ExpiresAt);
