using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Web.Pages.Organizations;

/// <summary>What the shared organization form partial needs.</summary>
public sealed record OrganizationFormView(OrganizationInput Input, TaxonomySnapshot Taxonomy);
