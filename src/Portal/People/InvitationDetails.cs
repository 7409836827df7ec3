namespace OutsourcingPortal.Portal.People;

/// <summary>What the invitee sees before accepting: who invited them where, and whether the link still works.</summary>
public sealed record InvitationDetails(string Email, string Role, string OrganizationName, InvitationState State);
