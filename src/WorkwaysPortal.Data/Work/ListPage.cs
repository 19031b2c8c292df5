namespace WorkwaysPortal.Data.Work;

/// <summary>The bounds of the lists of initiatives and gaps (pages and API alike).</summary>
public static class WorkList
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;
    public const int MaxTextLength = 200;
    public const int MaxPage = 1_000_000;
}

/// <summary>One page of a list of initiatives or gaps, with the total it was cut from.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize)
{
    public int PageCount => Total == 0 ? 1 : (Total + PageSize - 1) / PageSize;
}
