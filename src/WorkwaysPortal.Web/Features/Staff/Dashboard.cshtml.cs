using System.Globalization;
using WorkwaysPortal.Data.Dashboard;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Web.Features.Proposals;

namespace WorkwaysPortal.Web.Features.Staff;

/// <summary>
/// The staff dashboard: the counts staff would rather see than read, drawn as SVG on the server (no
/// script, nothing from the internet), each chart with a title, a description and its numbers as a table.
/// </summary>
[Authorize(Policy = Policies.Staff)]
public sealed class DashboardModel(PortalDbContext db, TaxonomyCatalog catalog, TimeProvider clock, IStringLocalizer<SharedResource> t)
    : PageModel
{
    /// <summary>The chart of countries draws the countries with the most organizations; its table lists all.</summary>
    public const int CountriesDrawn = 15;

    public DashboardData Data { get; private set; } = null!;
    public BarChart BySector { get; private set; } = null!;
    public BarChart ByCountry { get; private set; } = null!;
    public BarChart GapsByCapability { get; private set; } = null!;
    public BarChart ProposalsByMonth { get; private set; } = null!;
    public NetworkChart Partnerships { get; private set; } = null!;
    public CountryMap Map { get; private set; } = null!;

    /// <summary>The map shown: the Americas (where most of the directory works) unless the world is asked for.</summary>
    [BindProperty(SupportsGet = true, Name = "map")]
    public string? MapName { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var taxonomy = await catalog.GetAsync(ct);
        var language = PortalCultures.Current;
        Data = await DashboardQuery.LoadAsync(db, clock.GetUtcNow(), ct);

        ChartSeries[] organizations = [new(t["Organizations"], "chart-bar")];
        BySector = BarChart.Build(
            "by-sector", t["Organizations by sector"],
            t["Verified organizations in each sector; {0} in all.", Data.VerifiedOrganizations],
            organizations,
            Data.OrganizationsBySector.Select(c => (c.Code, taxonomy.SectorName(c.Code, language), (IReadOnlyList<int>)[c.Count])));

        ByCountry = BarChart.Build(
            "by-country", t["Organizations by country"],
            t["Verified organizations working in each country; an organization that works in several countries counts in each."],
            organizations,
            Data.OrganizationsByCountry.Select(c => (c.Code, taxonomy.CountryName(c.Code, language), (IReadOnlyList<int>)[c.Count])),
            CountriesDrawn,
            Data.OrganizationsByCountry.Count > CountriesDrawn
                ? t["The chart shows the {0} countries with the most organizations; the table lists all {1}.", CountriesDrawn, Data.OrganizationsByCountry.Count].Value
                : null);

        var outline = MapOutline.Get(MapName == MapOutline.World ? MapOutline.World : MapOutline.Americas);
        MapName = outline.Name;
        var organizationsIn = Data.OrganizationsByCountry.ToDictionary(c => c.Code, c => c.Count, StringComparer.Ordinal);
        var gapsIn = Data.OpenGapsByCountry.ToDictionary(c => c.Code, c => c.Count, StringComparer.Ordinal);
        Map = CountryMap.Build(
            "map", t["Organizations and open gaps by country"],
            t["Each country is shaded by the verified organizations working there, and a circle over it grows with its open gaps: {0} with organizations, {1} with open gaps.",
                t.Count(organizationsIn.Count, "{0} country", "{0} countries"), t.Count(gapsIn.Count, "{0} country", "{0} countries")],
            outline, organizationsIn, gapsIn, code => taxonomy.CountryName(code, language));

        GapsByCapability = BarChart.Build(
            "gaps-by-capability", t["Gaps by capability"],
            t["Public gaps that require each capability, by status; {0} gaps are still open or being addressed.", Data.OpenGaps],
            [new(t["Open"], "chart-open"), new(t["Being addressed"], "chart-addressed"), new(t["Closed"], "chart-closed")],
            Data.GapsByCapability.Select(c => (c.Capability, taxonomy.CapabilityName(c.Capability, language),
                (IReadOnlyList<int>)[c.Open, c.BeingAddressed, c.Closed])));

        var states = Enum.GetValues<ProposalState>();
        ProposalsByMonth = BarChart.Build(
            "proposals-by-month", t["Proposals by month"],
            t["Partnership proposals created in each of the last {0} months, by their state today.", DashboardQuery.Months],
            [.. states.Select(s => new ChartSeries(ProposalText.State(t, s), "chart-state-" + ProposalText.Code(s)))],
            Data.ProposalsByMonth.Select(m => (
                m.Month.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                m.Month.ToString("MMMM yyyy", CultureInfo.CurrentCulture),
                (IReadOnlyList<int>)[.. states.Select(s => m.ByState[s])])));

        Partnerships = NetworkChart.Build(
            "partnerships", t["Network of approved partnerships"],
            t["{0} organizations joined by {1} approved partnerships; each line links two organizations of a partnership.",
                Data.PartnerNodes.Count, Data.ApprovedPartnerships],
            [.. Data.PartnerNodes.Select(n => (n.Id, n.Name, n.Acronym, n.Partnerships))],
            [.. Data.PartnerEdges.Select(e => (e.ProposalId, e.Title, e.From, e.To))]);
    }
}
