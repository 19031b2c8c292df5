using System.Text;
using WorkwaysPortal.Domain;
using WorkwaysPortal.Domain.Sessions;
using WorkwaysPortal.Domain.Taxonomy;

namespace WorkwaysPortal.UnitTests.Sessions;

/// <summary>The parser over a copy of the first session's report (Sessions/SeedReport.txt) and over text that is no report.</summary>
public sealed class ReportParserTests
{
    private static readonly string SeedReport = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Sessions", "SeedReport.txt"));

    private static ReportDraft ParseSeed()
    {
        var result = ReportParser.Parse(SeedReport, TaxonomySnapshot.Seed);
        Assert.Null(result.Error);
        return result.Draft!;
    }

    [Fact]
    public void The_seed_report_gives_five_participants_with_their_points()
    {
        var draft = ParseSeed();

        Assert.Equal(
            ["Lisa Smith", "Gary Slaiman", "Vinicio Sandoval", "André Saramago", "Arturo Ruiz Trhamppe"],
            draft.Participants.Select(p => p.Name));
        Assert.Equal([1, 3, 2, 1, 2], draft.Participants.Select(p => p.Points.Count));
    }

    [Fact]
    public void Participants_get_their_organization_country_and_role()
    {
        var draft = ParseSeed();

        Assert.Equal(
            ["Glen Haven Manor", "Morgan, Lewis & Bockius LLP", "GMIES", "Regional Office FAO", "Public Services International"],
            draft.Participants.Select(p => p.OrganizationName));
        Assert.Equal(["CA", "US", null, null, null], draft.Participants.Select(p => p.Country));
        Assert.Equal(
            "Technical Secretary of the Regional Network of Civil Organizations for Migration, RROCM",
            draft.Participants[2].Role);
        Assert.All(draft.Participants, p => Assert.Null(p.OrganizationId));
    }

    [Fact]
    public void Points_are_whole_paragraphs_joined_across_line_breaks()
    {
        var draft = ParseSeed();

        var gary = draft.Participants[1];
        Assert.StartsWith("He highlights the need to provide technical scopes", gary.Points[0], StringComparison.Ordinal);
        Assert.EndsWith("given their high job and professional qualifications.", gary.Points[0], StringComparison.Ordinal);
        Assert.Contains("together with HIAS in Peru. In addition, connect with other organizations", gary.Points[1], StringComparison.Ordinal);
        Assert.StartsWith("He also proposes the possibility of designing a study", draft.Participants[4].Points[1], StringComparison.Ordinal);
        Assert.All(draft.Participants.SelectMany(p => p.Points), p => Assert.DoesNotContain('\n', p));
    }

    [Fact]
    public void The_agenda_has_three_items_with_the_responsible_people_and_their_roles()
    {
        var draft = ParseSeed();

        Assert.Equal(3, draft.Agenda.Count);
        Assert.Equal("Introduction", draft.Agenda[0].Title);
        Assert.Equal(
            [new AgendaResponsible("Easton Williams", AgendaRole.Introduction, "English"), new AgendaResponsible("Johnny Pereira", AgendaRole.Introduction, "Spanish")],
            draft.Agenda[0].Responsible);
        Assert.Equal("Session moderation: Presentation of the participants and conducting the discussion", draft.Agenda[1].Title);
        Assert.Equal(
            [
                new AgendaResponsible("José Arturo Ruiz Trhamppe", AgendaRole.Moderation),
                new AgendaResponsible("Grazia Silva", AgendaRole.Interpretation, "English ↔ Spanish"),
                new AgendaResponsible("Johnny Pereira", AgendaRole.NoteTaking),
            ],
            draft.Agenda[1].Responsible);
        Assert.Equal("Preliminary conclusions", draft.Agenda[2].Title);
        Assert.All(draft.Agenda[2].Responsible, r => Assert.Equal(AgendaRole.PreliminaryConclusions, r.Role));
        Assert.Equal(["en", "es"], draft.Languages);
    }

    [Fact]
    public void The_discussion_has_three_themes_with_their_paragraphs()
    {
        var draft = ParseSeed();

        Assert.Equal(["Need in data collection", "Approach to regular migration", "Actions from goverments"], draft.Themes.Select(t => t.Heading));
        Assert.Equal([3, 2, 4], draft.Themes.Select(t => t.Text.Split("\n\n").Length));

        // A paragraph that the copy broke in the middle of a sentence is one paragraph again.
        Assert.Contains("mobilize local economies in destination countries. Canada's experience", draft.Themes[1].Text, StringComparison.Ordinal);
        Assert.Contains("local stakeholder such as unions and migrant organizations.", draft.Themes[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agreements_and_the_problem_statement_are_found()
    {
        var draft = ParseSeed();

        Assert.Equal(6, draft.Agreements.Count);
        Assert.StartsWith("There is a general interest in continuing", draft.Agreements[0], StringComparison.Ordinal);
        Assert.StartsWith("In the cases presented by the participants", draft.Agreements[5], StringComparison.Ordinal);
        Assert.Equal("Unregulated Migration", draft.ProblemStatement);
    }

    [Fact]
    public void The_title_introduction_and_consultation_come_from_the_top_of_the_report()
    {
        var draft = ParseSeed();

        Assert.Equal("Workways in Latin America and the Caribbean — Session 1", draft.Title);
        Assert.Equal("GFMD Regional Consultation — Latin America, the Caribbean and North America", draft.Consultation);
        Assert.StartsWith("As part of the development of the GFMD regional consultation", draft.Introduction, StringComparison.Ordinal);
        Assert.True(draft.RecognisedSections);
        Assert.Equal("", draft.Notes);
    }

    [Fact]
    public void What_no_rule_recognises_is_kept_in_the_notes()
    {
        var text = SeedReport.Replace(
            "Summary of contributions by participant:",
            "Summary of contributions by participant:\nThe recording of the first ten minutes was lost.\n",
            StringComparison.Ordinal);

        var draft = ReportParser.Parse(text, TaxonomySnapshot.Seed).Draft!;

        Assert.Equal("The recording of the first ten minutes was lost.", draft.Notes);
        Assert.Equal(5, draft.Participants.Count);
    }

    [Fact]
    public void A_text_with_no_section_of_a_report_becomes_notes()
    {
        var draft = ReportParser.Parse("Shopping list\n\nEggs, milk and bread for the weekend.\n\nCall Ana.", TaxonomySnapshot.Seed).Draft!;

        Assert.False(draft.RecognisedSections);
        Assert.Equal("Shopping list", draft.Title);
        Assert.Equal("Eggs, milk and bread for the weekend.\n\nCall Ana.", draft.Notes);
        Assert.Equal("", draft.Introduction);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t\n ")]
    [InlineData(null)]
    public void An_empty_report_is_refused(string? text)
    {
        var result = ReportParser.Parse(text, TaxonomySnapshot.Seed);

        Assert.Null(result.Draft);
        Assert.Equal("report", result.Error!.Field);
        Assert.Equal(UserMessages.ReportEmpty, result.Error.Message);
    }

    [Fact]
    public void Five_megabytes_are_refused_as_too_long()
    {
        var noise = new string('x', 5 * 1024 * 1024);

        var result = ReportParser.Parse(noise, TaxonomySnapshot.Seed);

        Assert.Null(result.Draft);
        Assert.Equal(UserMessages.ReportTooLong, result.Error!.Message);
        Assert.Equal([ReportParser.MaxLength], result.Error.Arguments);
    }

    [Fact]
    public void Binary_data_is_refused()
    {
        var bytes = new byte[4096];
        new Random(7).NextBytes(bytes);

        var result = ReportParser.Parse(Encoding.Latin1.GetString(bytes), TaxonomySnapshot.Seed);

        Assert.Null(result.Draft);
        Assert.Equal(UserMessages.ReportNotText, result.Error!.Message);
    }

    [Fact]
    public void A_nul_character_is_refused_even_in_a_real_report() =>
        Assert.Equal(UserMessages.ReportNotText, ReportParser.Parse(SeedReport.Insert(200, "\0"), TaxonomySnapshot.Seed).Error!.Message);

    [Fact]
    public void Random_words_at_the_largest_size_give_a_draft_of_notes_within_the_limits()
    {
        var random = new Random(11);
        string[] words = ["agenda", "Discussion:", "- point", "o Name — Org, Canada:", "1.", "\n", "\n\n", "migration", "e", "—", ":", "Agreements"];
        var text = new StringBuilder();
        while (text.Length < ReportParser.MaxLength - 40)
        {
            text.Append(words[random.Next(words.Length)]).Append(' ');
        }

        var draft = ReportParser.Parse(text.ToString(), TaxonomySnapshot.Seed).Draft!;

        Assert.True(draft.Title.Length <= ConsultationSession.TitleMaxLength);
        Assert.True(draft.Participants.Count <= ConsultationSession.MaxItems);
        Assert.True(draft.Agreements.Count <= ConsultationSession.MaxItems);
        Assert.All(draft.Participants, p => Assert.True(p.Points.Count <= ConsultationSession.MaxItems));
    }
}
