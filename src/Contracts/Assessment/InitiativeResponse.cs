namespace OutsourcingPortal.Contracts.Assessment;

public sealed record InitiativeResponse(Guid Id, string Name, string UseCase, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
