namespace WorkwaysPortal.Data.Listing;

/// <summary>The bounds of every list (organizations, initiatives, gaps), pages and API alike.</summary>
public static class ListLimits
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 200;
    public const int MaxPage = 1_000_000;

    /// <summary>How many pages <paramref name="total"/> records make (at least one, empty).</summary>
    public static int PageCount(int total, int pageSize) => total == 0 ? 1 : (total + pageSize - 1) / pageSize;
}

/// <summary>One page of a list, with the total it was cut from.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => ListLimits.PageCount(Total, PageSize);
}
