using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Domain.Matching;

namespace WorkwaysPortal.Web.Features.Partners;

/// <summary>
/// The "Suggested partners" section of an organization's or a gap's page: the best ten verified
/// organizations with their score and reasons. The page has already decided that the viewer may see
/// the organization or the gap. Its delegates also get a "Propose a partnership" link per suggestion.
/// </summary>
public sealed class SuggestedPartnersViewComponent(
    PortalReads reads, PartnerMatcher matcher, TaxonomyCatalog catalog, IStringLocalizer<SharedResource> t) : ViewComponent
{
    public const int Top = 10;

    /// <param name="organizationId">The organization the page is about; or</param>
    /// <param name="gapId">the gap the page is about, with <paramref name="gapOrganizationId"/> that raised it (null: a session).</param>
    public async Task<IViewComponentResult> InvokeAsync(int? organizationId = null, int? gapId = null, int? gapOrganizationId = null)
    {
        var ct = HttpContext.RequestAborted;
        var kind = gapId is null ? MatchTargetKind.Organization : MatchTargetKind.Gap;
        var partners = gapId is { } gap
            ? await matcher.ForGapAsync(gap, Top, ct)
            : await matcher.ForOrganizationAsync(organizationId ?? 0, Top, ct);
        var proposer = gapId is null ? organizationId : gapOrganizationId;
        var mayPropose = proposer is { } id && await Visibility.ActsForAsync(reads.Context, UserClaimsPrincipal.AsViewer(), id, ct);
        var contactFrom = await Suggestions.ContactSendersAsync(reads.Context, UserClaimsPrincipal.AsViewer(), ct);
        var items = Suggestions.Views(
            partners ?? [], kind, await catalog.GetAsync(ct), t, PortalCultures.Current, mayPropose ? proposer : null, gapId, contactFrom);
        return View("~/Features/Partners/_SuggestedPartners.cshtml", new SuggestionList(items, "suggested-partners-heading"));
    }
}
