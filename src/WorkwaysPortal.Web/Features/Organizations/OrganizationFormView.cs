namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>What the shared organization form partial needs.</summary>
public sealed record OrganizationFormView(OrganizationInput Input, TaxonomySnapshot Taxonomy);
