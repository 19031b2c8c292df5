using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;

namespace WorkwaysPortal.Web.Features.Moderation;

/// <summary>
/// The moderators' one queue: organizations waiting for verification and submitted partnership
/// proposals, together, oldest first; filterable by kind, country and sector (a proposal matches
/// when any of its organizations does), with a count per kind.
/// </summary>
public sealed class IndexModel(PortalDbContext db, TaxonomyCatalog catalog) : PageModel
{
    public const int PageSize = 50;
    public const int MaxPage = 100;
    public const string Organizations = "organizations";
    public const string Proposals = "proposals";

    public sealed record Row(
        string Kind, int Id, string Title, string? Proposer, IReadOnlyList<string> Partners, string Sector, string[] Countries,
        DateTimeOffset WaitingSince, bool ConflictOfInterest);

    /// <summary>all (empty), organizations or proposals.</summary>
    [BindProperty(SupportsGet = true)] public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)] public string? Country { get; set; }
    [BindProperty(SupportsGet = true)] public string? Sector { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)] public int PageNumber { get; set; } = 1;

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public int OrganizationCount { get; private set; }
    public int ProposalCount { get; private set; }
    public int Total => Kind switch { Organizations => OrganizationCount, Proposals => ProposalCount, _ => OrganizationCount + ProposalCount };
    public bool HasNextPage => PageNumber * PageSize < Total && PageNumber < MaxPage;
    public TaxonomySnapshot Taxonomy { get; private set; } = TaxonomySnapshot.Seed;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Taxonomy = await catalog.GetAsync(ct);
        Kind = Kind is Organizations or Proposals ? Kind : null;
        Country = Country?.Trim().ToUpperInvariant() is { } country && Taxonomy.IsCountry(country) ? country : null;
        Sector = Sector?.Trim() is { } sector && Taxonomy.IsSector(sector) ? sector : null;
        PageNumber = Math.Clamp(PageNumber, 1, MaxPage);

        var organizations = db.Organizations.AsNoTracking().Where(o => o.Status == VerificationStatus.Pending);
        var parties = db.Organizations.AsNoTracking();
        if (Sector is not null)
        {
            organizations = organizations.Where(o => o.Sector == Sector);
            parties = parties.Where(o => o.Sector == Sector);
        }

        if (Country is not null)
        {
            organizations = organizations.Where(o => o.Countries.Contains(Country));
            parties = parties.Where(o => o.Countries.Contains(Country));
        }

        var proposals = db.Proposals.AsNoTracking()
            .Where(p => p.State == ProposalState.Submitted)
            .Where(p => parties.Any(o => o.Id == p.ProposerOrganizationId || p.Targets.Any(t => t.OrganizationId == o.Id)));

        OrganizationCount = await organizations.CountAsync(ct);
        ProposalCount = await proposals.CountAsync(ct);

        // Each kind is read oldest first up to the end of the page, then the two are merged.
        var upTo = PageNumber * PageSize;
        var userId = User.Id();
        var mine = db.OrganizationMembers.Where(m => m.UserId == userId).Select(m => m.OrganizationId);
        var rows = new List<Row>();
        if (Kind != Proposals)
        {
            rows.AddRange(await organizations
                .OrderBy(o => o.CreatedAt).ThenBy(o => o.Id)
                .Take(upTo)
                .Select(o => new Row(Organizations, o.Id, o.Name, null, new List<string>(), o.Sector, o.Countries, o.CreatedAt, mine.Contains(o.Id)))
                .ToListAsync(ct));
        }

        if (Kind != Organizations)
        {
            var submitted = await proposals
                .OrderBy(p => p.SubmittedAt).ThenBy(p => p.Id)
                .Take(upTo)
                .Select(p => new
                {
                    p.Id,
                    p.Title,
                    Proposer = db.Organizations.Where(o => o.Id == p.ProposerOrganizationId)
                        .Select(o => new { o.Name, o.Sector, o.Countries }).First(),
                    Partners = db.Organizations.Where(o => p.Targets.Any(t => t.OrganizationId == o.Id)).OrderBy(o => o.Name).Select(o => o.Name).ToList(),
                    p.SubmittedAt,
                    Conflict = mine.Contains(p.ProposerOrganizationId) || p.Targets.Any(t => mine.Contains(t.OrganizationId)),
                })
                .ToListAsync(ct);
            rows.AddRange(submitted.Select(p => new Row(
                Proposals, p.Id, p.Title, p.Proposer.Name, p.Partners, p.Proposer.Sector, p.Proposer.Countries, p.SubmittedAt!.Value, p.Conflict)));
        }

        Rows = [.. rows
            .OrderBy(r => r.WaitingSince).ThenBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Id)
            .Skip((PageNumber - 1) * PageSize)
            .Take(PageSize)];
    }

    /// <summary>The query string of this queue with one value changed, for the filter links.</summary>
    public Dictionary<string, string?> RouteWith(string? kind = null, int? page = null) => new()
    {
        ["kind"] = kind ?? Kind,
        ["country"] = Country,
        ["sector"] = Sector,
        ["page"] = page?.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
