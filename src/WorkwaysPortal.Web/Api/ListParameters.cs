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
