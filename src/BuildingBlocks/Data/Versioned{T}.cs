namespace OutsourcingPortal.BuildingBlocks.Data;

/// <summary>A row with its version: PostgreSQL's <c>xmin</c>, which changes with every update of the row.</summary>
public sealed record Versioned<T>(T Value, uint Version);
