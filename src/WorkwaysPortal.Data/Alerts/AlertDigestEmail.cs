using System.Text;
using WorkwaysPortal.Data.Notifications;
using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.Data.Alerts;

/// <summary>What a digest's item is.</summary>
public enum AlertItemKind
{
    Organization,
    Gap,
}

/// <summary>
/// One item of a digest: an organization, with why it fits, or a gap, with the capabilities it requires and
/// its countries.
/// </summary>
public sealed record AlertItem(
    int Id, string Name, IReadOnlyList<MatchReason> Reasons, AlertItemKind Kind = AlertItemKind.Organization,
    IReadOnlyList<string>? Requires = null, IReadOnlyList<string>? Countries = null);

/// <summary>One saved search's part of a digest, with the link that turns it off.</summary>
public sealed record AlertSection(int SavedSearchId, string SearchName, IReadOnlyList<AlertItem> Items, Uri Unsubscribe);

/// <summary>
/// The digest email, as plain text: for each saved search, the organizations that newly fit it, each with
/// its link and reasons, and the one-click link that stops that search's alerts. In the recipient's
/// language ("en", "es", "fr" or "pt"), or in English and then Spanish for someone who never chose one
/// (as <see cref="NotificationEmail"/>). Capability and country names come from the taxonomy in that language.
/// </summary>
public static class AlertDigestEmail
{
    private const int SubjectMaxLength = 300;

    private sealed record Words(
        string Subject, string Intro, string Search, string Why, string Stop, string Manage, string And, string Signature,
        string OffersSought, string WorksIn, string WorksInGroup, string OnCorridor, string InSubRegion, string Complements,
        string SharedLanguage, string Similar, string GapsSubject, string GapsIntro, string Requires, string In);

    private static readonly Words English = new(
        "New partners for your saved searches",
        "These organizations now fit your saved searches on Workways Portal.",
        "Saved search",
        "Why",
        "Stop the alerts of this search",
        "Manage your alerts",
        "and",
        "Workways Portal",
        "Offers {0}, which you seek",
        "Works in {0}",
        "Works in {0} ({1})",
        "Works in {0}, on the {1} migration corridor",
        "Works in {0}, in {1}",
        "{0}, a sector that complements {1}",
        "Shared working language: {0}",
        "Describes similar work",
        "New gaps for your saved searches",
        "These gaps were raised on Workways Portal and match your saved searches.",
        "Needs {0}",
        "In {0}");

    private static readonly Words Spanish = new(
        "Nuevas organizaciones para sus búsquedas guardadas",
        "Estas organizaciones encajan ahora con sus búsquedas guardadas en el Portal Workways.",
        "Búsqueda guardada",
        "Por qué",
        "Dejar de recibir las alertas de esta búsqueda",
        "Administre sus alertas",
        "y",
        "Portal Workways",
        "Ofrece {0}, que usted busca",
        "Trabaja en {0}",
        "Trabaja en {0} ({1})",
        "Trabaja en {0}, en el corredor migratorio {1}",
        "Trabaja en {0}, en {1}",
        "{0}, un sector que complementa {1}",
        "Idioma de trabajo común: {0}",
        "Describe un trabajo similar",
        "Nuevas brechas para sus búsquedas guardadas",
        "Estas brechas se registraron en el Portal Workways y coinciden con sus búsquedas guardadas.",
        "Necesita {0}",
        "En {0}");

    private static readonly Words French = new(
        "Nouveaux partenaires pour vos recherches enregistrées",
        "Ces organisations correspondent désormais à vos recherches enregistrées sur le Portail Workways.",
        "Recherche enregistrée",
        "Pourquoi",
        "Arrêter les alertes de cette recherche",
        "Gérez vos alertes",
        "et",
        "Portail Workways",
        "Offre {0}, que vous cherchez",
        "Intervient : {0}",
        "Intervient : {0} ({1})",
        "Intervient : {0}, sur le corridor migratoire {1}",
        "Intervient : {0} ({1})",
        "{0}, un secteur qui complète {1}",
        "Langue de travail commune : {0}",
        "Décrit un travail semblable",
        "Nouveaux besoins non couverts pour vos recherches enregistrées",
        "Ces besoins non couverts ont été signalés sur le Portail Workways et correspondent à vos recherches enregistrées.",
        "Requiert : {0}",
        "Pays : {0}");

    private static readonly Words Portuguese = new(
        "Novos parceiros para as suas pesquisas salvas",
        "Estas organizações agora correspondem às suas pesquisas salvas no Portal Workways.",
        "Pesquisa salva",
        "Por quê",
        "Parar os alertas desta pesquisa",
        "Gerencie os seus alertas",
        "e",
        "Portal Workways",
        "Oferece {0}, que você procura",
        "Atua em {0}",
        "Atua em {0} ({1})",
        "Atua em {0}, no corredor migratório {1}",
        "Atua em {0}, em {1}",
        "{0}, um setor que complementa {1}",
        "Idioma de trabalho em comum: {0}",
        "Descreve um trabalho semelhante",
        "Novas lacunas para as suas pesquisas salvas",
        "Estas lacunas foram registradas no Portal Workways e correspondem às suas pesquisas salvas.",
        "Precisa de {0}",
        "Em {0}");

    private static Words? In(string? language) => language switch
    {
        "en" => English,
        "es" => Spanish,
        "fr" => French,
        "pt" => Portuguese,
        _ => null,
    };

    /// <param name="language">The recipient's preferred language; null (or one the portal does not write) for English and Spanish.</param>
    /// <param name="link">Makes an absolute link from a path of the portal.</param>
    public static NotificationEmail Compose(
        IReadOnlyList<AlertSection> sections, TaxonomySnapshot taxonomy, Func<string, Uri> link, string? language)
    {
        ArgumentNullException.ThrowIfNull(sections);
        ArgumentNullException.ThrowIfNull(taxonomy);
        ArgumentNullException.ThrowIfNull(link);
        var names = NotificationEmail.OneLine(string.Join(", ", sections.Select(s => s.SearchName)));
        var body = new StringBuilder();
        string title;
        // A digest of gaps alone is titled and introduced as such.
        var gapsOnly = sections.All(s => s.Items.All(i => i.Kind == AlertItemKind.Gap));
        string Subject(Words w) => gapsOnly ? w.GapsSubject : w.Subject;
        if (In(language) is { } words)
        {
            Write(body, words, language!, sections, taxonomy, link, gapsOnly);
            body.Append("\n-- \n").Append(words.Signature).Append('\n');
            title = $"{Subject(words)}: {names}";
        }
        else
        {
            Write(body, English, "en", sections, taxonomy, link, gapsOnly);
            body.Append("\n--- Español ---\n\n");
            Write(body, Spanish, "es", sections, taxonomy, link, gapsOnly);
            body.Append("\n-- \nWorkways Portal · Portal Workways\n");
            title = $"{Subject(English)} / {Subject(Spanish)}: {names}";
        }

        return new NotificationEmail(title.Length > SubjectMaxLength ? title[..(SubjectMaxLength - 1)] + "…" : title, body.ToString());
    }

    private static void Write(
        StringBuilder body, Words words, string language, IReadOnlyList<AlertSection> sections, TaxonomySnapshot taxonomy, Func<string, Uri> link,
        bool gapsOnly)
    {
        body.Append(gapsOnly ? words.GapsIntro : words.Intro).Append('\n');
        foreach (var section in sections)
        {
            body.Append('\n').Append(words.Search).Append(": ").Append(NotificationEmail.OneLine(section.SearchName)).Append('\n');
            foreach (var item in section.Items)
            {
                body.Append("\n- ").Append(NotificationEmail.OneLine(item.Name)).Append('\n');
                if (item.Kind == AlertItemKind.Gap)
                {
                    body.Append("  ").Append(link(NotificationLinks.Gap(item.Id)).AbsoluteUri).Append('\n');
                    var about = new List<string>();
                    if (item.Requires is { Count: > 0 } requires)
                    {
                        about.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, words.Requires, string.Join(", ", requires.Select(c => taxonomy.CapabilityName(c, language)))));
                    }

                    if (item.Countries is { Count: > 0 } countries)
                    {
                        about.Add(string.Format(System.Globalization.CultureInfo.InvariantCulture, words.In, string.Join(", ", countries.Select(c => taxonomy.CountryName(c, language)))));
                    }

                    if (about.Count > 0)
                    {
                        body.Append("  ").Append(string.Join("; ", about)).Append('\n');
                    }

                    continue;
                }

                body.Append("  ").Append(link(NotificationLinks.Organization(item.Id)).AbsoluteUri).Append('\n');
                var reasons = item.Reasons.Select(r => Reason(r, words, taxonomy, language)).Where(r => r.Length > 0).ToList();
                if (reasons.Count > 0)
                {
                    body.Append("  ").Append(words.Why).Append(": ").Append(string.Join("; ", reasons)).Append('\n');
                }
            }

            body.Append('\n').Append(words.Stop).Append(": ").Append(section.Unsubscribe.AbsoluteUri).Append('\n');
        }

        body.Append('\n').Append(words.Manage).Append(": ").Append(link(AlertLinks.Manage).AbsoluteUri).Append('\n');
    }

    /// <summary>A reason in the reader's language, as Find partners words it for a search.</summary>
    private static string Reason(MatchReason reason, Words words, TaxonomySnapshot taxonomy, string language)
    {
        string List(IEnumerable<string> items)
        {
            var all = items.ToList();
            return all.Count <= 1 ? string.Concat(all) : $"{string.Join(", ", all.Take(all.Count - 1))} {words.And} {all[^1]}";
        }

        string Countries(IEnumerable<string> codes) => List(codes.Select(c => taxonomy.CountryName(c, language)));
        return reason switch
        {
            OffersRequired r => string.Format(System.Globalization.CultureInfo.InvariantCulture, words.OffersSought, List(r.Capabilities.Select(c => taxonomy.CapabilityName(c, language)))),
            AlsoWorksIn r => string.Format(System.Globalization.CultureInfo.InvariantCulture, words.WorksIn, Countries(r.Countries)),
            SharedGroup r => string.Format(
                System.Globalization.CultureInfo.InvariantCulture, words.WorksInGroup, Countries(r.Countries),
                taxonomy.CountryGroups.FirstOrDefault(g => g.Code == r.Group)?.NameIn(language) ?? r.Group),
            CorridorEnd r => string.Format(
                System.Globalization.CultureInfo.InvariantCulture, words.OnCorridor, Countries(r.Countries),
                $"{taxonomy.CountryName(r.Corridor.Origin, language)} → {taxonomy.CountryName(r.Corridor.Destination, language)}"),
            SameSubRegion r => string.Format(System.Globalization.CultureInfo.InvariantCulture, words.InSubRegion, Countries(r.Countries), taxonomy.SubRegionName(r.SubRegion, language)),
            SameRegion r => string.Format(System.Globalization.CultureInfo.InvariantCulture, words.InSubRegion, Countries(r.Countries), taxonomy.RegionName(r.Region, language)),
            SectorComplement r => string.Format(
                System.Globalization.CultureInfo.InvariantCulture, words.Complements, taxonomy.SectorName(r.CandidateSector, language), taxonomy.SectorName(r.TargetSector, language)),
            SharedLanguage r => string.Format(System.Globalization.CultureInfo.InvariantCulture, words.SharedLanguage, List(r.Languages.Select(l => taxonomy.LanguageName(l, language)))),
            SimilarDescription => words.Similar,
            _ => "",
        };
    }
}

/// <summary>Where alerts lead.</summary>
public static class AlertLinks
{
    /// <summary>The account page that lists the saved searches.</summary>
    public const string Manage = "/Account/Manage/Alerts";

    /// <summary>The one-click unsubscribe page for a token.</summary>
    public static string Unsubscribe(string token) => "/Alerts/Unsubscribe?token=" + Uri.EscapeDataString(token);
}
