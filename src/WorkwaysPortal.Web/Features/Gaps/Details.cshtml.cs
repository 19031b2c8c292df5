using WorkwaysPortal.Domain.Gaps;
using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features.Gaps;

/// <summary>
/// A gap's page. Public when the organization that raised it is verified (or a session raised it);
/// before that only that organization's delegates and the moderators see it (everyone else gets 404).
/// </summary>
public sealed class DetailsModel(PortalDbContext db, TaxonomyCatalog catalog, IAuthorizationService authorization) : PageModel
{
    public Gap Gap { get; private set; } = null!;
    public OrganizationLink? RaisedBy { get; private set; }
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;
    public bool MayEdit { get; private set; }

    /// <summary>A delegate of another verified organization may write to the one that raised the gap (issue 13).</summary>
    public bool MayContact { get; private set; }

    /// <summary>Whether everyone may see it, or only its organization's delegates and the moderators.</summary>
    public bool IsPublic { get; private set; }

    public async Task<IActionResult> OnGetAsync([FromRoute] int id, CancellationToken ct)
    {
        var gap = await Visibility.Gaps(db, User.AsViewer()).AsNoTracking().FirstOrDefaultAsync(g => g.Id == id, ct);
        if (gap is null)
        {
            return NotFound();
        }

        Gap = gap;
        RaisedBy = await db.Organizations.AsNoTracking()
            .Where(o => o.Id == gap.RaisedByOrganizationId)
            .Select(o => new OrganizationLink(o.Id, o.Name, o.Acronym))
            .FirstOrDefaultAsync(ct);
        IsPublic = await Visibility.Gaps(db, Viewer.Anonymous).AnyAsync(g => g.Id == id, ct);
        MayEdit = (await authorization.AuthorizeAsync(User, gap, Operations.Edit)).Succeeded;
        var viewer = User.AsViewer();
        MayContact = RaisedBy is { } raisedBy && IsPublic && viewer.UserId is not null
            && !await Visibility.MemberOf(db, viewer).ContainsAsync(raisedBy.Id, ct)
            && await ConversationAccess.Senders(db, viewer).AnyAsync(ct);
        Taxonomy = await catalog.GetAsync(ct);
        return Page();
    }
}
