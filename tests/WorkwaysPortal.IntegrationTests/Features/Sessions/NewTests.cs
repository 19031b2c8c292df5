using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Sessions;
using WorkwaysPortal.IntegrationTests.Seed;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Sessions;

public sealed class NewTests(PortalDatabaseFixture database) : SessionTest(database)
{
    private static readonly string[] SeedParticipants = ["Lisa Smith", "Gary Slaiman", "Vinicio Sandoval", "André Saramago", "Arturo Ruiz Trhamppe"];

    private static List<KeyValuePair<string, string>> Form() =>
    [
        new("Input.Title", "Workways — Session 2"),
        new("Input.Consultation", "GFMD Regional Consultation — Latin America, the Caribbean and North America"),
        new("Input.HeldOn", "2021-06-02"),
        new("Input.Languages", "en"),
        new("Input.Languages", "es"),
        new("Input.Agenda[0].Title", "Introduction"),
        new("Input.Agenda[0].Responsible[0].Person", "Easton Williams"),
        new("Input.Agenda[0].Responsible[0].Role", "Introduction"),
        new("Input.Agenda[0].Responsible[0].Note", "English"),
        new("Input.Agenda[0].Responsible[1].Person", ""),
        new("Input.Agenda[1].Title", ""),
        new("Input.Participants[0].Name", ""),
        new("Input.Participants[1].Name", "Lisa Smith"),
        new("Input.Participants[1].Organization", "glen haven manor"),
        new("Input.Participants[1].Country", "CA"),
        new("Input.Participants[1].Points", "First point.\r\n\r\nSecond point,\r\non two lines."),
        new("Input.Participants[2].Name", "Ana Gómez"),
        new("Input.Participants[2].Organization", "Cooperativa Nueva"),
        new("Input.Themes[0].Heading", "Need in data collection"),
        new("Input.Themes[0].Text", "Data first."),
        new("Input.Agreements", "Keep talking.\r\n\r\nBuild the alliance first."),
        new("Input.ProblemStatement", "Unregulated migration"),
        new("Input.Organizations", "IOM"),
    ];

    [Fact]
    public async Task Staff_record_a_session_and_every_value_is_saved_with_an_audit_event()
    {
        await DemoSeeding.SeedAsync(Database);
        var staff = await StaffAsync();
        var (glenHaven, iom) = await Data.QueryAsync(async db => (
            await db.Organizations.Where(o => o.Name == DemoData.GlenHavenManorName).Select(o => o.Id).SingleAsync(),
            await db.Organizations.Where(o => o.Name == DemoData.IomName).Select(o => o.Id).SingleAsync()));

        using var response = await staff.SubmitAsync("/Sessions/New", Form());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var session = await Data.QueryAsync(db => db.Sessions.SingleAsync(s => s.Title == "Workways — Session 2"));
        Assert.Equal($"/Sessions/{session.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(new DateOnly(2021, 6, 2), session.HeldOn);
        Assert.Equal(["en", "es"], session.Languages);
        Assert.Equal([new AgendaResponsible("Easton Williams", AgendaRole.Introduction, "English")], Assert.Single(session.Agenda).Responsible);
        Assert.Equal(2, session.Participants.Count);
        var lisa = session.Participants[0];
        Assert.Equal((glenHaven, DemoData.GlenHavenManorName, "CA"), (lisa.OrganizationId!.Value, lisa.OrganizationName!, lisa.Country!));
        Assert.Equal(["First point.", "Second point,\non two lines."], lisa.Points);
        Assert.Equal((null, "Cooperativa Nueva"), (session.Participants[1].OrganizationId, session.Participants[1].OrganizationName));
        Assert.Equal(["Keep talking.", "Build the alliance first."], session.Agreements);
        Assert.Equal([iom], session.OrganizationIds);
        Assert.Equal("Unregulated migration", session.ProblemStatement);

        var audit = (await SessionAuditAsync()).Last();
        Assert.Equal((AuditActions.SessionRecorded, session.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), "staff@example.org"), (audit.Action, audit.SubjectId, audit.ActorName));
    }

    [Fact]
    public async Task Mistakes_are_shown_next_to_their_fields_and_nothing_is_saved()
    {
        var staff = await StaffAsync();
        var form = Form()
            .Where(f => f.Key is not ("Input.Title" or "Input.HeldOn" or "Input.Participants[1].Name" or "Input.Organizations"))
            .Append(new("Input.Title", "  "))
            .Append(new("Input.HeldOn", "not a date"))
            .Append(new("Input.Participants[1].Name", ""))
            .Append(new("Input.Participants[2].Country", "ZZ"))
            .Append(new("Input.Organizations", "Nobody Known"))
            .ToList();

        using var response = await staff.SubmitAsync("/Sessions/New", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("A title is required.", Html.FieldError(html, "Input.Title"));
        Assert.NotNull(Html.FieldError(html, "Input.HeldOn"));

        // Blank rows are dropped before checking: Lisa's row, now without a name, is the first.
        Assert.Equal("A name is required for each person.", Html.FieldError(html, "Input.Participants[0].Name"));
        Assert.Equal("\"ZZ\" is not a known country code.", Html.FieldError(html, "Input.Participants[1].Country"));
        Assert.Equal("\"Nobody Known\" is not a verified organization of the directory.", Html.FieldError(html, "Input.Organizations"));
        Assert.Equal(0, await Data.QueryAsync(db => db.Sessions.CountAsync()));
    }

    [Fact]
    public async Task The_seed_report_fills_the_form_as_a_draft_that_is_not_saved()
    {
        await DemoSeeding.SeedAsync(Database);
        var before = await Data.QueryAsync(db => db.Sessions.CountAsync());
        var staff = await StaffAsync();

        using var response = await staff.SubmitAsync("/Sessions/New", [new("Report", SeedReport)], "/Sessions/New?handler=Parse");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("data-testid=\"draft-notice\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Workways in Latin America and the Caribbean — Session 1\"", html, StringComparison.Ordinal);
        foreach (var (name, i) in SeedParticipants.Select((n, i) => (n, i)))
        {
            Assert.Contains($"name=\"Input.Participants[{i}].Name\" value=\"{name}\"", html, StringComparison.Ordinal);
        }

        // Organizations of the directory are written as the directory names them.
        Assert.Contains($"value=\"{System.Net.WebUtility.HtmlEncode(DemoData.FaoName)}\"", html, StringComparison.Ordinal);
        Assert.Contains($"value=\"{DemoData.GmiesName}\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"Need in data collection\"", html, StringComparison.Ordinal);
        Assert.Contains("The problem was identified as", html, StringComparison.Ordinal);
        Assert.Equal(before, await Data.QueryAsync(db => db.Sessions.CountAsync()));
    }

    [Fact]
    public async Task An_empty_report_is_a_field_error()
    {
        var staff = await StaffAsync();

        using var response = await staff.SubmitAsync("/Sessions/New", [new("Report", "   ")], "/Sessions/New?handler=Parse");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Paste the text of a report first.", Html.FieldError(await response.Content.ReadAsStringAsync(), "Report"));
    }

    [Fact]
    public async Task Five_megabytes_of_noise_are_a_field_error_not_a_server_error()
    {
        var staff = await StaffAsync();
        var noise = new StringBuilder(5 * 1024 * 1024);
        var random = new Random(3);
        while (noise.Length < 5 * 1024 * 1024)
        {
            noise.Append((char)random.Next('a', 'z' + 1));
            if (random.Next(60) == 0)
            {
                noise.Append('\n');
            }
        }

        using var response = await staff.SubmitAsync("/Sessions/New", [new("Report", noise.ToString())], "/Sessions/New?handler=Parse");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal("The report is too long: paste at most 500000 characters.", Html.FieldError(html, "Report"));
        Assert.True(html.Length < 1024 * 1024, "The page does not send the noise back.");
    }

    [Fact]
    public async Task Binary_data_is_a_field_error()
    {
        var staff = await StaffAsync();
        var bytes = new byte[2048];
        new Random(5).NextBytes(bytes);

        // Without NUL: ASP.NET Core's form reader refuses that itself (see the next test).
        bytes = [.. bytes.Select(b => b == 0 ? (byte)1 : b)];

        using var response = await staff.SubmitAsync("/Sessions/New", [new("Report", Encoding.Latin1.GetString(bytes))], "/Sessions/New?handler=Parse");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("This is not the text of a report: it contains binary data.", Html.FieldError(await response.Content.ReadAsStringAsync(), "Report"));
    }

    [Fact]
    public async Task Text_that_is_no_report_becomes_a_draft_with_everything_in_the_notes()
    {
        var staff = await StaffAsync();

        using var response = await staff.SubmitAsync(
            "/Sessions/New", [new("Report", "Minutes\n\nWe talked about the weather and lunch.")], "/Sessions/New?handler=Parse");

        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("data-testid=\"nothing-recognised\"", html, StringComparison.Ordinal);
        Assert.Contains("We talked about the weather and lunch.</textarea>", html, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Input.Title", "Session\0 three")]
    [InlineData("Report", "Agenda\0\0\0")]
    public async Task A_nul_character_is_refused_as_a_bad_request_not_a_server_error(string field, string value)
    {
        var staff = await StaffAsync();
        var form = Form().Where(f => f.Key != field).Append(new(field, value)).ToList();

        using var response = await staff.SubmitAsync("/Sessions/New", form, field == "Report" ? "/Sessions/New?handler=Parse" : null);

        // ASP.NET Core's form reader refuses NUL before any page sees it; the error page explains the 400.
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await Data.QueryAsync(db => db.Sessions.CountAsync()));
    }
}
