using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Web.Infrastructure;

namespace WorkwaysPortal.Web.Features;

/// <summary>What the shared filters of the initiative and gap lists need.</summary>
public sealed record WorkFiltersView(WorkFilters Filters, TaxonomySnapshot Taxonomy, string CapabilityLabel);

/// <summary>What the pagination partial needs: the current page, how many, and the address of a page.</summary>
public sealed record PaginationView(int Page, int PageCount, Func<int, string> Href);

/// <summary>A link to an organization.</summary>
public sealed record OrganizationLink(int Id, string Name, string? Acronym);
