namespace WorkwaysPortal.Web.Features.Initiatives;

/// <summary>What the initiative form partial needs: the input, the taxonomy, and the organizations one may invite.</summary>
public sealed record InitiativeFormView(InitiativeInput Input, TaxonomySnapshot Taxonomy, IReadOnlyList<OrganizationLink> Candidates);
