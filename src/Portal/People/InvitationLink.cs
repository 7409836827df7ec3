namespace OutsourcingPortal.Portal.People;

/// <summary>What the inviter passes on to the invitee (by e-mail, once the portal sends mail).</summary>
public sealed record InvitationLink(string Email, string Role, Uri Url, DateTimeOffset ExpiresAt);
