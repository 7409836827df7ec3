namespace OutsourcingPortal.Contracts.Vendors;

public sealed record VendorResponse(Guid Id, string Name, string? Website, DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt);
