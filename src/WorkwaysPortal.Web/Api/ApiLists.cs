using WorkwaysPortal.Data.Listing;

namespace WorkwaysPortal.Web.Api;

/// <summary>
/// The query parameters every list endpoint shares (<c>[AsParameters]</c>), read as text so that a bad
/// value is a field error in a 400 problem details, never a binding exception. A list whose records
/// have no sector (or no GCM objectives) ignores that parameter, as it ignores any other unknown one.
/// </summary>
public sealed record ListParameters(
    string? Q, string? Sector, string? Country, string? SubRegion, string? Capability, string? GcmObjective, string? Page, string? PageSize)
{
    public ListFilter Validate(QueryValidation check, TaxonomySnapshot taxonomy, bool withSector, bool withGcmObjective)
    {
        ArgumentNullException.ThrowIfNull(check);
        ArgumentNullException.ThrowIfNull(taxonomy);
        var objective = withGcmObjective ? check.WholeNumber("gcmObjective", GcmObjective, 0, 1, Domain.Taxonomy.GcmObjective.Count) : 0;
        return new ListFilter(
            Text: check.Text("q", Q, ListLimits.MaxTextLength),
            Country: check.Code("country", Country?.ToUpperInvariant(), taxonomy.IsCountry),
            SubRegion: check.Code("subRegion", SubRegion, taxonomy.IsSubRegion),
            Capability: check.Code("capability", Capability?.ToLowerInvariant(), taxonomy.IsCapability),
            GcmObjective: objective == 0 ? null : objective,
            Sector: withSector ? check.Code("sector", Sector, taxonomy.IsSector) : null,
            Page: check.WholeNumber("page", Page, 1, 1, ListLimits.MaxPage),
            PageSize: check.WholeNumber("pageSize", PageSize, ListLimits.DefaultPageSize, 1, ListLimits.MaxPageSize));
    }
}

/// <summary>One page of a list as the API answers it.</summary>
public sealed record ApiList<T>(IReadOnlyList<T> Items, int Total, int Page, int PageSize);

/// <summary>What every list endpoint does: read and check the query, search, and answer a page or the problems.</summary>
public static class ApiLists
{
    /// <summary>A read-only collection of the API: its list at <c>/</c> and one record at <c>/{id}</c>.</summary>
    public static RouteGroupBuilder MapCollection(this RouteGroupBuilder api, string prefix, string tag, Delegate list, Delegate get)
    {
        ArgumentNullException.ThrowIfNull(api);
        var collection = api.MapGroup(prefix).WithTags(tag);
        collection.MapGet("/", list);
        collection.MapGet("/{id:int}", get);
        return api;
    }

    /// <param name="read">Reads the filter from the query, adding each bad parameter to the validation.</param>
    /// <param name="search">One page of the list for a valid filter.</param>
    /// <param name="summary">What the API says of one record of the page.</param>
    public static async Task<Results<Ok<ApiList<TSummary>>, ValidationProblem>> AnswerAsync<TFilter, TItem, TSummary>(
        TaxonomyCatalog catalog,
        Func<QueryValidation, TaxonomySnapshot, TFilter> read,
        Func<TaxonomySnapshot, TFilter, Task<ListPage<TItem>>> search,
        Func<TItem, TSummary> summary,
        CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentNullException.ThrowIfNull(search);
        var taxonomy = await catalog.GetAsync(ct);
        var check = new QueryValidation();
        var filter = read(check, taxonomy);
        if (!check.IsValid)
        {
            return TypedResults.ValidationProblem(check.Errors, title: "The query has invalid parameters.");
        }

        var page = await search(taxonomy, filter);
        return TypedResults.Ok(new ApiList<TSummary>([.. page.Items.Select(summary)], page.Total, page.Page, page.PageSize));
    }
}

public static class ApiProblems
{
    /// <summary>The 404 problem details of a record that does not exist, or that the caller may not see.</summary>
    public static ProblemHttpResult NotFound(string title) => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: title);
}
