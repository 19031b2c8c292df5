using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Web.Pages.Moderation.Organizations;

/// <summary>The moderators' queue of organizations waiting for review, oldest first.</summary>
public sealed class IndexModel(PortalDbContext db, TaxonomyCatalog catalog) : PageModel
{
    public const int PageSize = 50;

    public sealed record Row(int Id, string Name, string Sector, string[] Countries, DateTimeOffset CreatedAt);

    public IReadOnlyList<Row> Pending { get; private set; } = [];
    public int PendingCount { get; private set; }
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        var pending = db.Organizations.AsNoTracking().Where(o => o.Status == VerificationStatus.Pending);
        PendingCount = await pending.CountAsync(ct);
        Pending = await pending
            .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
            .Take(PageSize)
            .Select(o => new Row(o.Id, o.Name, o.Sector, o.Countries, o.CreatedAt))
            .ToListAsync(ct);
    }
}
