namespace WorkwaysPortal.Web.Features;

/// <summary>
/// What the shared filters of a list need: the filters, the taxonomy, the label of the capability
/// filter (what an organization offers, a gap requires...), the search box's hint, and which of the
/// optional filters the list has.
/// </summary>
public sealed record ListFiltersView(
    ListFilters Filters, TaxonomySnapshot Taxonomy, string CapabilityLabel, string SearchHint, bool WithSector, bool WithGcmObjective);

/// <summary>What the pagination partial needs: the current page, how many, and the address of a page.</summary>
public sealed record PaginationView(int Page, int PageCount, Func<int, string> Href);

/// <summary>A link to an organization.</summary>
public sealed record OrganizationLink(int Id, string Name, string? Acronym);

/// <summary>
/// The options of a country picker: every country, grouped by sub-region, the Americas first (see
/// <see cref="TaxonomySnapshot.CountriesBySubRegion"/>), with <paramref name="Selected"/> chosen.
/// </summary>
public sealed record CountryOptionsView(TaxonomySnapshot Taxonomy, IReadOnlyCollection<string> Selected);

/// <summary>
/// The "Language of this text" select of the organization, gap and initiative forms (field <c>Input.TextLanguage</c>):
/// the language chosen (null: the reader's), and the English key of its help text.
/// </summary>
public sealed record TextLanguageSelectView(string? Value, string Help);
