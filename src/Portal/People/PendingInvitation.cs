namespace OutsourcingPortal.Portal.People;

public sealed record PendingInvitation(Guid Id, string Email, string Role, DateTimeOffset ExpiresAt);
