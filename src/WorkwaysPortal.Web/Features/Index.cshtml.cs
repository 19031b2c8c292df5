using WorkwaysPortal.Domain.Organizations;

namespace WorkwaysPortal.Web.Features;

public sealed class IndexModel(PortalDbContext db, TaxonomyCatalog catalog) : PageModel
{
    public sealed record RecentOrganization(int Id, string Name, string Sector, string[] Countries);

    public int OrganizationCount { get; private set; }
    public int CountryCount { get; private set; }
    public int SectorCount { get; private set; }
    public IReadOnlyList<RecentOrganization> Recent { get; private set; } = [];
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        var verified = db.Organizations.AsNoTracking().Where(o => o.Status == VerificationStatus.Verified);
        OrganizationCount = await verified.CountAsync(ct);
        SectorCount = await verified.Select(o => o.Sector).Distinct().CountAsync(ct);
        CountryCount = await verified.SelectMany(o => o.Countries).Distinct().CountAsync(ct);
        Recent = await verified
            .OrderByDescending(o => o.DecidedAt).ThenBy(o => o.Name)
            .Take(6)
            .Select(o => new RecentOrganization(o.Id, o.Name, o.Sector, o.Countries))
            .ToListAsync(ct);
    }
}
