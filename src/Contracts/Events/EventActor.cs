namespace OutsourcingPortal.Contracts.Events;

/// <summary>Who caused the event: a person's or API client's id (none for the system itself) and the name shown for it.</summary>
public sealed record EventActor(Guid? Id, string Name);
