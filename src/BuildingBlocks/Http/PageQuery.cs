using System.ComponentModel.DataAnnotations;

namespace OutsourcingPortal.BuildingBlocks.Http;

/// <summary>The paging part of a list request: <c>?page=1&amp;pageSize=50</c>, both optional, at most 200 a page.</summary>
public sealed record PageQuery
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    [Range(1, 1_000_000)]
    public int? Page { get; init; }

    [Range(1, MaxPageSize)]
    public int? PageSize { get; init; }

    public int PageNumber => Page ?? 1;

    public int Limit => PageSize ?? DefaultPageSize;

    public int Offset => (PageNumber - 1) * Limit;
}
