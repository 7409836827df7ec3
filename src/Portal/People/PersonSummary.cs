namespace OutsourcingPortal.Portal.People;

/// <summary>A row of the people page.</summary>
public sealed record PersonSummary(Guid Id, string DisplayName, string Email, string Role, bool IsLockedOut);
