namespace OutsourcingPortal.Integration.Tests.Events;

public sealed record OutboxRow(Guid Id, bool Published, string? StreamEntryId, int Attempts, string? LastError);
