using WorkwaysPortal.Data.Listing;
using WorkwaysPortal.Documents.Tables;
using WorkwaysPortal.Web.Exports;

namespace WorkwaysPortal.Web.Features;

/// <summary>
/// What the public list pages (directory, initiatives, gaps) share: reading the filters from the
/// address, the addresses of other pages and of the downloads, and the download itself. A page adds
/// the filters of its own kind (a status, a priority) and its query.
/// </summary>
public abstract class ListPageModel<TItem>(TaxonomyCatalog catalog) : PageModel
{
    public ListFilters Filters { get; private set; } = ListFilters.None;
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public ListPage<TItem> Results { get; private set; } = new([], 0, 1, ListLimits.DefaultPageSize);
    public bool HasFilters => Filters.Any || KindFilters().Any(f => f.Value is not null);

    /// <summary>The page's path, e.g. "/Gaps/Index".</summary>
    protected abstract string PagePath { get; }

    /// <summary>Whether the list's records have a sector to filter on.</summary>
    protected virtual bool HasSector => false;

    /// <summary>Whether the list's records carry GCM objectives to filter on.</summary>
    protected virtual bool HasGcmObjectives => true;

    /// <summary>The filters of this kind of record beyond the shared ones, by their names in the address.</summary>
    protected virtual (string Name, string? Value)[] KindFilters() => [];

    /// <summary>Reads the filters of this kind of record from the address (leniently, like the shared ones).</summary>
    protected virtual void ReadKindFilters(IQueryCollection query)
    {
    }

    public async Task OnGetAsync(CancellationToken ct)
    {
        await ReadFiltersAsync(ct);
        Results = await SearchAsync(Filters.ToQuery(paged: true), ct);
    }

    /// <summary>The whole search (every page) as CSV or Excel: the same records as the page.</summary>
    public async Task<IActionResult> OnGetExportAsync(string? format, CancellationToken ct)
    {
        if (ExportCells.Parse(format) is not { } exportFormat)
        {
            return NotFound();
        }

        await ReadFiltersAsync(ct);
        return Export(exportFormat, Filters.ToQuery(paged: false));
    }

    /// <summary>One page of the list (the last one when asked for one beyond it).</summary>
    protected abstract Task<ListPage<TItem>> SearchAsync(ListFilter filter, CancellationToken ct);

    /// <summary>The download of every record of the search (through <see cref="Export{TRow}"/>).</summary>
    protected abstract IActionResult Export(ExportFormat format, ListFilter filter);

    /// <summary>The address of another page of the current search.</summary>
    public string Href(int page) => Filters.Href(Url.Page(PagePath)!, page, KindFilters());

    /// <summary>The address of a download of the current search.</summary>
    public string ExportHref(string format) => Filters.Href(Url.Page(PagePath, "Export")!, null, [.. KindFilters(), ("format", format)]);

    private async Task ReadFiltersAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        Filters = ListFilters.Read(Request.Query, Taxonomy, HasSector, HasGcmObjectives);
        ReadKindFilters(Request.Query);
    }

    /// <summary>A download of rows, audited with the filters of the page.</summary>
    protected IActionResult Export<TRow>(
        ExportFormat format, string dataset, string title, IReadOnlyList<ExportColumn<TRow>> columns, IAsyncEnumerable<TRow> rows, bool withContacts = false)
    {
        var filters = Filters.Values().Concat(KindFilters()).Select(f => new KeyValuePair<string, string?>(f.Name, f.Value)).ToList();
        return new ExportResult<TRow>(new ExportRequest(dataset, format, filters, withContacts), title, columns, rows);
    }
}
