namespace OutsourcingPortal.Portal.Tokens;

public sealed record PersonalAccessToken(string AccessToken, string TokenType, DateTimeOffset ExpiresAt);
