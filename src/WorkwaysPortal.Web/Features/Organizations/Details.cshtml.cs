using Microsoft.AspNetCore.OutputCaching;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Web.Features.Organizations.Team;
using WorkwaysPortal.Web.Infrastructure.Caching;

namespace WorkwaysPortal.Web.Features.Organizations;

/// <summary>
/// An organization's page. Public when verified; before that only its delegates and moderators see
/// it (everyone else gets 404, so unverified names do not leak).
/// </summary>
[OutputCache(PolicyName = PublicPageCache.Organization)]
public sealed class DetailsModel(PortalDbContext db, TaxonomyCatalog catalog, IAuthorizationService authorization) : PageModel
{
    public Organization Organization { get; private set; } = null!;
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public bool MayEdit { get; private set; }
    public bool MayManageTeam { get; private set; }

    /// <summary>Not one of its delegates (or not signed in yet): may ask to join.</summary>
    public bool MayAskToJoin { get; private set; }
    public bool MayModerate { get; private set; }
    public bool ShowContact { get; private set; }

    /// <summary>A delegate of another verified organization may write to this one (issue 13).</summary>
    public bool MayContact { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var organization = await Visibility.Organizations(db, User.AsViewer()).AsNoTracking().FirstOrDefaultAsync(o => o.Id == id, ct);
        if (organization is null)
        {
            return NotFound();
        }

        MayEdit = (await authorization.AuthorizeAsync(User, organization, Operations.Edit)).Succeeded;
        MayManageTeam = MayEdit || (await authorization.AuthorizeAsync(User, organization, TeamOperations.Manage)).Succeeded;
        var isMember = User.Identity?.IsAuthenticated == true && await Visibility.MemberOf(db, User.AsViewer()).ContainsAsync(id, ct);
        MayAskToJoin = !isMember;
        MayModerate = (await authorization.AuthorizeAsync(User, Policies.Moderation)).Succeeded;

        Organization = organization;
        var viewer = User.AsViewer();
        ShowContact = await ConversationAccess.SeesContactOfAsync(db, viewer, id, ct);
        MayContact = organization.Status == VerificationStatus.Verified && !isMember && viewer.UserId is not null
            && await ConversationAccess.Senders(db, viewer).AnyAsync(o => o.Id != id, ct);
        Taxonomy = await catalog.GetAsync(ct);
        return Page();
    }
}
