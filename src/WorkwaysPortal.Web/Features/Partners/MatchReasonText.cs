using WorkwaysPortal.Domain.Matching;

namespace WorkwaysPortal.Web.Features.Partners;

/// <summary>
/// Turns the Domain's structured match reasons into sentences in the UI language, with capability,
/// country, sector and language names from the taxonomy. The pages and the JSON API share it.
/// </summary>
public static class MatchReasonText
{
    public static IReadOnlyList<string> Sentences(
        IEnumerable<MatchReason> reasons, MatchTargetKind kind, TaxonomySnapshot taxonomy, IStringLocalizer t, string language)
    {
        ArgumentNullException.ThrowIfNull(reasons);
        return [.. reasons.Select(r => Sentence(r, kind, taxonomy, t, language))];
    }

    public static string Sentence(MatchReason reason, MatchTargetKind kind, TaxonomySnapshot taxonomy, IStringLocalizer t, string language)
    {
        ArgumentNullException.ThrowIfNull(reason);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(t);
        string Capabilities(IEnumerable<string> codes) => List(codes.Select(c => taxonomy.CapabilityName(c, language)), t);
        string Countries(IEnumerable<string> codes) => List(codes.Select(c => taxonomy.CountryName(c, language)), t);

        return reason switch
        {
            OffersRequired r => kind switch
            {
                MatchTargetKind.Organization => t["Offers {0}, which this organization seeks", Capabilities(r.Capabilities)],
                MatchTargetKind.Gap => t["Offers {0}, which this gap requires", Capabilities(r.Capabilities)],
                _ => t["Offers {0}, which you seek", Capabilities(r.Capabilities)],
            },
            SeeksWhatTargetOffers r => t["Seeks {0}, which this organization offers", Capabilities(r.Capabilities)],
            AlsoWorksIn r => kind == MatchTargetKind.Search
                ? t["Works in {0}", Countries(r.Countries)]
                : t["Also works in {0}", Countries(r.Countries)],
            SharedGroup r => t["Works in {0} ({1})", Countries(r.Countries), GroupName(taxonomy, r.Group, language)],
            CorridorEnd r => t[
                "Works in {0}, on the {1} migration corridor",
                Countries(r.Countries),
                $"{taxonomy.CountryName(r.Corridor.Origin, language)} → {taxonomy.CountryName(r.Corridor.Destination, language)}"],
            SameSubRegion r => t["Works in {0}, in {1}", Countries(r.Countries), taxonomy.SubRegionName(r.SubRegion, language)],
            SameRegion r => t["Works in {0}, in {1}", Countries(r.Countries), taxonomy.RegionName(r.Region, language)],
            SectorComplement r => t[
                "{0}, a sector that complements {1}", taxonomy.SectorName(r.CandidateSector, language), taxonomy.SectorName(r.TargetSector, language)],
            SharedLanguage r => t["Shared working language: {0}", List(r.Languages.Select(l => taxonomy.LanguageName(l, language)), t)],
            SimilarDescription => t["Describes similar work"],
            _ => reason.ToString(),
        };
    }

    /// <summary>"Guatemala", "Guatemala and Honduras", "Guatemala, Honduras and El Salvador", in the UI language.</summary>
    public static string List(IEnumerable<string> items, IStringLocalizer t)
    {
        ArgumentNullException.ThrowIfNull(t);
        var all = items.ToList();
        return all.Count switch
        {
            0 => "",
            1 => all[0],
            _ => t["{0} and {1}", string.Join(", ", all.Take(all.Count - 1)), all[^1]],
        };
    }

    private static string GroupName(TaxonomySnapshot taxonomy, string code, string language) =>
        taxonomy.CountryGroups.FirstOrDefault(g => g.Code == code)?.NameIn(language) ?? code;
}
