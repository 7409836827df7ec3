namespace OutsourcingPortal.Contracts;

/// <summary>Every list endpoint answers with one page of items and the total, per the API conventions.</summary>
public sealed record PagedResult<T>(IReadOnlyList<T> Items, int Page, int PageSize, long Total);
