using System.Net;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Sessions;

/// <summary>The demo session's summary as DOCX, Markdown and print view: everything the report had, plus the partnership opportunities.</summary>
public sealed class ExportTests(PortalDatabaseFixture database) : SessionTest(database)
{
    private static readonly string[] Sections =
        ["Agenda", "Participants", "Contributions by participant", "Discussion", "Agreements and conclusions", "Partnership opportunities"];

    private static IEnumerable<string> ExpectedHeadings() =>
        Sections
            .Concat(DemoSession.Themes.Select(t => t.Heading))
            .Concat(DemoActivity.Gaps.Select(g => g.Details.Title));

    [Fact]
    public async Task The_docx_has_every_heading_participant_and_agreement_of_the_demo_session()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();

        using var response = await staff.GetAsync($"/Sessions/{id}/Export?format=docx&language=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        Assert.Matches(@"^workways-session-\d+-2021-05-26-en\.docx$", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = WordprocessingDocument.Open(stream, false);
        var paragraphs = document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().ToList();
        string StyleOf(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? "";
        var headings = paragraphs.Where(p => StyleOf(p).StartsWith("Heading", StringComparison.Ordinal)).Select(p => p.InnerText).ToList();
        var text = string.Join("\n", paragraphs.Select(p => p.InnerText));

        Assert.Equal(DemoSession.Title, paragraphs.Single(p => StyleOf(p) == "Title").InnerText);
        foreach (var heading in ExpectedHeadings())
        {
            Assert.Contains(heading, headings);
        }

        var table = document.MainDocumentPart.Document.Body.Descendants<Table>().Single();
        var names = table.Descendants<TableRow>().Skip(1).Select(r => r.Descendants<TableCell>().First().InnerText).ToList();
        Assert.Equal(DemoSession.Participants.Select(p => p.Name), names);
        foreach (var participant in DemoSession.Participants)
        {
            Assert.Contains(headings, h => h.StartsWith(participant.Name + " — ", StringComparison.Ordinal));
            Assert.All(participant.Points, point => Assert.Contains(point, text, StringComparison.Ordinal));
        }

        Assert.All(DemoSession.Agreements, agreement => Assert.Contains(agreement, text, StringComparison.Ordinal));
        Assert.All(DemoSession.Agenda.SelectMany(a => a.Responsible), r => Assert.Contains(r.Person, text, StringComparison.Ordinal));

        // The opportunities: the approved partnership on the baseline study, with its organizations.
        Assert.Contains($"{DemoActivity.BaselineStudyProposalTitle}: {DemoData.PsiName}, {DemoData.EclacName}, {DemoData.IomName}", text, StringComparison.Ordinal);
        Assert.Contains("Being addressed", text, StringComparison.Ordinal);
        Assert.Contains("match ", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_markdown_has_every_heading_participant_and_agreement_of_the_demo_session()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();

        using var response = await staff.GetAsync($"/Sessions/{id}/Export?format=md&language=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/markdown", response.Content.Headers.ContentType?.MediaType);
        var markdown = (await response.Content.ReadAsStringAsync()).Replace("\\", "", StringComparison.Ordinal);
        var lines = markdown.Split('\n');
        Assert.Equal("# " + DemoSession.Title, lines[0]);
        foreach (var section in Sections)
        {
            Assert.Contains("## " + section, lines);
        }

        foreach (var heading in DemoSession.Themes.Select(t => t.Heading).Concat(DemoActivity.Gaps.Select(g => g.Details.Title)))
        {
            Assert.Contains("### " + heading, lines);
        }

        foreach (var participant in DemoSession.Participants)
        {
            Assert.Contains(lines, l => l.StartsWith($"| {participant.Name} |", StringComparison.Ordinal));
            Assert.All(participant.Points, point => Assert.Contains("- " + point, lines));
        }

        Assert.All(DemoSession.Agreements, agreement => Assert.Contains("- " + agreement, lines));
    }

    [Fact]
    public async Task The_print_view_is_a_whole_page_with_the_same_content_and_its_own_stylesheet()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();

        using var response = await staff.GetAsync($"/Sessions/{id}/Print");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("<link rel=\"stylesheet\" href=\"/Sessions/summary.css\">", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<style>", html, StringComparison.Ordinal);
        Assert.Contains("<h1>" + DemoSession.Title + "</h1>", html, StringComparison.Ordinal);
        foreach (var section in Sections)
        {
            Assert.Contains("<h2>" + section + "</h2>", html, StringComparison.Ordinal);
        }

        Assert.All(DemoSession.Participants, p => Assert.Contains("<td>" + p.Name + "</td>", html, StringComparison.Ordinal));
        Assert.All(DemoSession.Agreements, a => Assert.Contains("<li>" + a + "</li>", html, StringComparison.Ordinal));

        var css = await staff.GetAsync("/Sessions/summary.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.Contains("@media print", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Spanish_labels_come_with_language_es()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();

        var html = WebUtility.HtmlDecode(await staff.GetPageAsync($"/Sessions/{id}/Print?language=es"));

        Assert.Contains("<html lang=\"es\">", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Oportunidades de alianza</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<h2>Acuerdos y conclusiones</h2>", html, StringComparison.Ordinal);
        Assert.Contains("Canadá", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_export_is_an_audit_event()
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();

        foreach (var url in new[] { $"/Sessions/{id}/Export?format=docx", $"/Sessions/{id}/Export?format=md&language=es", $"/Sessions/{id}/Print" })
        {
            (await staff.GetAsync(url)).Dispose();
        }

        var exports = (await SessionAuditAsync()).Where(e => e.Action == AuditActions.DataExported).ToList();
        Assert.Equal(3, exports.Count);
        Assert.All(exports, e => Assert.Equal(("staff@example.org", id.ToString(System.Globalization.CultureInfo.InvariantCulture)), (e.ActorName, e.SubjectId)));
        Assert.Equal(
            ["docx", "md", "html"],
            exports.Select(e => JsonDocument.Parse(e.Details!).RootElement.GetProperty("format").GetString()));
        Assert.Equal("es", JsonDocument.Parse(exports[1].Details!).RootElement.GetProperty("language").GetString());
    }

    [Theory]
    [InlineData("/Sessions/{id}/Export?format=pdf")]
    [InlineData("/Sessions/{id}/Export")]
    [InlineData("/Sessions/999999/Export?format=docx")]
    [InlineData("/Sessions/999999/Print")]
    public async Task An_unknown_format_or_session_is_not_found(string url)
    {
        var id = await DemoSessionAsync();
        var staff = await StaffAsync();

        using var response = await staff.GetAsync(url.Replace("{id}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(await SessionAuditAsync(), e => e.Action == AuditActions.DataExported);
    }
}
