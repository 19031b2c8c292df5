using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Domain.Matching;

namespace WorkwaysPortal.Web.Features.Partners;

/// <summary>One suggested partner as the pages show it: names in the UI language, reasons as sentences.</summary>
public sealed record SuggestionView(
    int Id, string Name, string? Acronym, string Sector, string Countries, double Score, IReadOnlyList<string> Reasons, string? ProposeUrl,
    string? ContactUrl = null)
{
    /// <summary>What the organization lacks for the search ("Offers language training, but not in Honduras"), or null.</summary>
    public string? Lacks { get; init; }

    /// <summary>The language <see cref="Name"/> is shown in (its <c>lang</c>), and the note when it is not the reader's ("(original in Spanish)").</summary>
    public string? NameLanguage { get; init; }

    public string? NameNote { get; init; }

    /// <summary>The score as a whole percentage, 0 to 100.</summary>
    public int Percent => (int)Math.Round(Score * 100, MidpointRounding.AwayFromZero);
}

/// <summary>What the "Suggested partners" section or the "Find partners" results show.</summary>
public sealed record SuggestionList(IReadOnlyList<SuggestionView> Items, string HeadingId);

public static class Suggestions
{
    /// <summary>
    /// The suggestions with their sentences. <paramref name="proposeFrom"/> is the organization the viewer may
    /// propose a partnership for, or null; <paramref name="gapId"/> goes into the proposal link.
    /// </summary>
    public static IReadOnlyList<SuggestionView> Views(
        IEnumerable<SuggestedPartner> partners, MatchTargetKind kind, TaxonomySnapshot taxonomy, IStringLocalizer t, string language,
        int? proposeFrom = null, int? gapId = null, IReadOnlyCollection<int>? contactFrom = null)
    {
        ArgumentNullException.ThrowIfNull(partners);
        ArgumentNullException.ThrowIfNull(taxonomy);
        return [.. partners.Select(p => View(p, kind, taxonomy, t, language, proposeFrom, gapId, contactFrom))];
    }

    private static SuggestionView View(
        SuggestedPartner p, MatchTargetKind kind, TaxonomySnapshot taxonomy, IStringLocalizer t, string language,
        int? proposeFrom, int? gapId, IReadOnlyCollection<int>? contactFrom)
    {
        var name = RecordText.For(p.Name, "", p.TextLanguage, p.Translations, language);
        return new SuggestionView(
            p.Id,
            name.Title.Text,
            p.Acronym,
            taxonomy.SectorName(p.Sector, language),
            string.Join(", ", p.Countries.Select(c => taxonomy.CountryName(c, language))),
            p.Score,
            MatchReasonText.Sentences(p.Reasons, kind, taxonomy, t, language),
            proposeFrom is { } from ? ProposeUrl(from, p.Id, gapId) : null,
            contactFrom?.Any(id => id != p.Id) == true ? ContactUrl(p.Id) : null)
        {
            NameLanguage = name.Title.Language,
            NameNote = name.Note is { } note ? t[note].Value : null,
        };
    }

    /// <summary>The "Contact this organization" form.</summary>
    public static string ContactUrl(int organizationId) => FormattableString.Invariant($"/Organizations/{organizationId}/Contact");

    /// <summary>The verified organizations the signed-in viewer may write for (empty for anyone else): who sees "Contact" on each suggestion.</summary>
    public static async Task<IReadOnlyCollection<int>> ContactSendersAsync(PortalDbContext db, Viewer viewer, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        return viewer.UserId is null ? [] : await ConversationAccess.Senders(db, viewer).Select(o => o.Id).ToListAsync(ct);
    }

    /// <summary>The proposal form, pre-filled with the pair (and the gap).</summary>
    public static string ProposeUrl(int proposerId, int candidateId, int? gapId) =>
        FormattableString.Invariant($"/Organizations/{proposerId}/Proposals/New?to={candidateId}") +
        (gapId is { } gap ? FormattableString.Invariant($"&gap={gap}") : "");
}
