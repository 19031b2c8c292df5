using System.Globalization;
using Microsoft.Extensions.Localization;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Sessions;
using WorkwaysPortal.Domain.Sessions;
using L = WorkwaysPortal.Domain.Sessions.SessionSummaryLabels;

namespace WorkwaysPortal.Documents.Sessions;

/// <summary>One element of a session summary, whatever the format it is written in.</summary>
public abstract record SummaryBlock;

public sealed record SummaryTitle(string Text) : SummaryBlock;

/// <summary>Level 1 for the sections, 2 for what a section holds (a participant, a theme, a gap).</summary>
public sealed record SummaryHeading(int Level, string Text) : SummaryBlock;

public sealed record SummaryParagraph(string Text, bool Quiet = false) : SummaryBlock;

/// <summary>Label and value pairs (consultation, date, status…).</summary>
public sealed record SummaryFacts(IReadOnlyList<(string Label, string Value)> Facts) : SummaryBlock;

public sealed record SummaryList(IReadOnlyList<string> Items, bool Numbered = false) : SummaryBlock;

public sealed record SummaryTable(IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<string>> Rows) : SummaryBlock;

/// <summary>
/// The layout of a session summary, decided once: what comes in which order with which labels. The
/// Markdown, DOCX and HTML writers only encode these blocks, so the three exports say the same thing.
/// </summary>
public static class SessionSummaryDocument
{
    public static IReadOnlyList<SummaryBlock> Build(SessionSummary summary, IStringLocalizer t, CultureInfo culture)
    {
        ArgumentNullException.ThrowIfNull(summary);
        ArgumentNullException.ThrowIfNull(t);
        var blocks = new List<SummaryBlock>
        {
            new SummaryTitle(summary.Title),
            new SummaryFacts(
            [
                (t[L.Consultation], summary.Consultation),
                (t[L.Date], summary.HeldOn.ToString("D", culture)),
                (t[L.Languages], string.Join(", ", summary.Languages)),
            ]),
        };
        Paragraphs(blocks, summary.Introduction);

        blocks.Add(new SummaryHeading(1, t[L.Agenda]));
        blocks.Add(new SummaryList(
            [
                .. summary.Agenda.Select(item => item.Responsible.Count == 0
                    ? item.Title
                    : item.Title + ": " + string.Join("; ", item.Responsible.Select(r => Responsible(r, t, culture)))),
            ],
            Numbered: true));

        blocks.Add(new SummaryHeading(1, t[L.Participants]));
        blocks.Add(new SummaryTable(
            [t[L.Name], t[L.Organization], t[L.Country], t[L.Role]],
            [
                .. summary.Participants.Select(p => (IReadOnlyList<string>)
                [
                    p.Name,
                    p.Organization is null ? "" : p.InDirectory ? p.Organization : $"{p.Organization} ({t[L.NotInDirectory]})",
                    p.Country ?? "",
                    p.Role ?? "",
                ]),
            ]));

        blocks.Add(new SummaryHeading(1, t[L.Contributions]));
        foreach (var participant in summary.Participants)
        {
            blocks.Add(new SummaryHeading(2, participant.Organization is null ? participant.Name : $"{participant.Name} — {participant.Organization}"));
            blocks.Add(participant.Points.Count == 0 ? new SummaryParagraph(t[L.NoContribution], Quiet: true) : new SummaryList(participant.Points));
        }

        blocks.Add(new SummaryHeading(1, t[L.Discussion]));
        foreach (var theme in summary.Themes)
        {
            blocks.Add(new SummaryHeading(2, theme.Heading));
            Paragraphs(blocks, theme.Text);
        }

        blocks.Add(new SummaryHeading(1, t[L.Agreements]));
        if (summary.ProblemStatement is { } problem)
        {
            blocks.Add(new SummaryFacts([(t[L.ProblemIdentified], problem)]));
        }

        blocks.Add(new SummaryList(summary.Agreements));

        blocks.Add(new SummaryHeading(1, t[L.Opportunities]));
        blocks.Add(new SummaryParagraph(t[L.OpportunitiesIntro], Quiet: true));
        if (summary.Gaps.Count == 0)
        {
            blocks.Add(new SummaryParagraph(t[L.NoGaps]));
        }

        foreach (var gap in summary.Gaps)
        {
            blocks.Add(new SummaryHeading(2, gap.Title));
            blocks.Add(new SummaryFacts([(t[L.Status], t[L.For(gap.Status)])]));
            blocks.Add(new SummaryParagraph(t[L.ApprovedPartnerships]));
            blocks.Add(gap.Partnerships.Count == 0
                ? new SummaryParagraph(t[L.NoPartnership], Quiet: true)
                : new SummaryList([.. gap.Partnerships.Select(p => $"{p.Title}: {string.Join(", ", p.Organizations)}")]));
            blocks.Add(new SummaryParagraph(t[L.SuggestedPartners]));
            blocks.Add(gap.Suggestions.Count == 0
                ? new SummaryParagraph(t[L.NoSuggestion], Quiet: true)
                : new SummaryList(
                [
                    .. gap.Suggestions.Select(s =>
                        $"{s.Name}{(s.Acronym is null ? "" : $" ({s.Acronym})")} — {s.Sector} — {t[L.Match, s.Percent]}"),
                ]));
        }

        if (summary.Initiatives.Count > 0)
        {
            blocks.Add(new SummaryHeading(1, t[L.Initiatives]));
            blocks.Add(new SummaryList(summary.Initiatives));
        }

        if (summary.Organizations.Count > 0)
        {
            blocks.Add(new SummaryHeading(1, t[L.Organizations]));
            blocks.Add(new SummaryList(summary.Organizations));
        }

        blocks.Add(new SummaryParagraph(t[L.ExportedOn, summary.ExportedAt.ToString("d", culture)], Quiet: true));
        return blocks;
    }

    private static string Responsible(AgendaResponsible r, IStringLocalizer t, CultureInfo culture) =>
        r.Note is null ? $"{r.Person} ({t[L.For(r.Role)]})" : $"{r.Person} ({t[L.For(r.Role)]}, {SessionLanguages.Localize(r.Note, culture)})";

    private static void Paragraphs(List<SummaryBlock> blocks, string text)
    {
        foreach (var paragraph in text.Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            blocks.Add(new SummaryParagraph(paragraph));
        }
    }
}
