namespace OutsourcingPortal.Portal.People;

/// <summary>An invitation that was created, or why not.</summary>
public sealed record InvitationOutcome(InvitationLink? Link, string? Refusal)
{
    public static InvitationOutcome Created(InvitationLink link) => new(link, null);

    public static InvitationOutcome Refused(string reason) => new(null, reason);
}
