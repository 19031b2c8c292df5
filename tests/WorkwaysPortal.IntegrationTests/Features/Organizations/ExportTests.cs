using System.Net;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.IntegrationTests.Exports;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations;

public sealed class ExportTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private const string LegalAid = "Legal aid and regularization advice";
    private const string Training = "Vocational (technical and labour) training";

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task The_export_reads_back_as_every_page_of_the_directory_search_with_its_filters(string format)
    {
        await Data.VerifiedAsync(TestData.Profile("Casa del Migrante", countries: ["GT", "MX"], offers: ["legal-aid"], acronym: "CDM"));
        await Data.VerifiedAsync(TestData.Profile("Alianza Guatemala", countries: ["GT"], offers: ["legal-aid", "vocational-training"]));
        await Data.VerifiedAsync(TestData.Profile("Lima Legal", countries: ["PE"], offers: ["legal-aid"]));
        await Data.VerifiedAsync(TestData.Profile("Guatemala Trainers", countries: ["GT"], offers: ["vocational-training"]));
        var delegateUser = await Data.UserAsync("waiting@example.org");
        await Data.PendingAsync(TestData.Profile("Pending Guatemala Aid", countries: ["GT"], offers: ["legal-aid"]), delegateUser.Id);

        var table = await ExportFile.DownloadAsync(NewClient(), $"/Organizations?handler=Export&format={format}&country=GT&capability=legal-aid");

        Assert.Equal(["Alianza Guatemala", "Casa del Migrante"], table.Column("Name"));
        Assert.Equal(["", "CDM"], table.Column("Acronym"));
        Assert.Equal(["Civil society", "Civil society"], table.Column("Sector"));
        Assert.Equal(["Guatemala", "Guatemala; Mexico"], table.Column("Countries"));
        Assert.Equal([$"{LegalAid}; {Training}", LegalAid], table.Column("Offers"));
        Assert.Equal(["Works with migrants.", "Works with migrants."], table.Column("Description"));
        Assert.DoesNotContain("Contact email", table.Headers);
    }

    [Fact]
    public async Task Headings_and_taxonomy_names_follow_the_language_of_the_page()
    {
        await Data.VerifiedAsync(TestData.Profile("Casa del Migrante", countries: ["MX"], offers: ["legal-aid"]));

        var table = await ExportFile.DownloadAsync(NewClient(), "/Organizations?handler=Export&format=csv&culture=es");

        Assert.Contains("Nombre", table.Headers);
        Assert.Equal(["México"], table.Column("Países"));
    }

    [Theory]
    [InlineData("csv")]
    [InlineData("xlsx")]
    public async Task Text_that_a_spreadsheet_would_run_as_a_formula_is_neutralised(string format)
    {
        await Data.VerifiedAsync(TestData.Profile(
            "=HYPERLINK(\"http://evil.example\",\"Open\")", description: "+cmd|' /C calc'!A0", acronym: "@SUM"));

        var table = await ExportFile.DownloadAsync(NewClient(), $"/Organizations?handler=Export&format={format}");

        Assert.Equal(["'=HYPERLINK(\"http://evil.example\",\"Open\")"], table.Column("Name"));
        Assert.Equal(["'+cmd|' /C calc'!A0"], table.Column("Description"));
        Assert.Equal(["'@SUM"], table.Column("Acronym"));
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(Roles.Delegate, false)]
    [InlineData(Roles.Moderator, true)]
    [InlineData(Roles.Staff, true)]
    [InlineData(Roles.Admin, true)]
    public async Task Contact_details_are_exported_only_for_moderators_staff_and_administrators(string? role, bool withContacts)
    {
        await Data.VerifiedAsync(TestData.Profile("Casa del Migrante"));
        var client = role is null ? NewClient() : await SignedInAsync($"{role}@example.org", role);

        var table = await ExportFile.DownloadAsync(client, "/Organizations?handler=Export&format=xlsx");

        Assert.Equal(withContacts, table.Headers.Contains("Contact email"));
        var cells = table.Rows.SelectMany(r => r).ToList();
        Assert.Equal(withContacts, cells.Contains("ana@example.org"));
        Assert.Equal(withContacts, cells.Contains("Ana Pérez"));
        // The phone number begins with "+": even a real one is neutralised.
        Assert.Equal(withContacts, cells.Contains("'+502 5555 0000"));
    }

    [Fact]
    public async Task Every_export_is_audited_with_who_what_filters_and_row_count()
    {
        await Data.VerifiedAsync(TestData.Profile("Casa del Migrante", countries: ["GT"]));
        await Data.VerifiedAsync(TestData.Profile("Lima Legal", countries: ["PE"]));
        var staff = await SignedInAsync("staff@example.org", Roles.Staff);

        await ExportFile.DownloadAsync(staff, "/Organizations?handler=Export&format=csv&country=gt&sector=civil-society&q=casa");
        await ExportFile.DownloadAsync(NewClient(), "/Organizations?handler=Export&format=xlsx");

        var audit = await ExportFile.AuditAsync(Data);
        Assert.Equal(2, audit.Count);
        var (byStaff, details) = audit[0];
        Assert.Equal("staff@example.org", byStaff.ActorName);
        Assert.NotNull(byStaff.ActorId);
        Assert.Equal(AuditSubjects.Export, byStaff.SubjectType);
        Assert.Equal("organizations", byStaff.SubjectId);
        Assert.Equal("csv", details.GetProperty("format").GetString());
        Assert.Equal(1, details.GetProperty("rows").GetInt32());
        Assert.True(details.GetProperty("contacts").GetBoolean());
        Assert.True(details.GetProperty("complete").GetBoolean());
        var filters = details.GetProperty("filters");
        Assert.Equal("casa", filters.GetProperty("q").GetString());
        Assert.Equal("GT", filters.GetProperty("country").GetString());
        Assert.Equal("civil-society", filters.GetProperty("sector").GetString());

        var (anonymous, anonymousDetails) = audit[1];
        Assert.Null(anonymous.ActorId);
        Assert.Equal("anonymous", anonymous.ActorName);
        Assert.Equal(2, anonymousDetails.GetProperty("rows").GetInt32());
        Assert.False(anonymousDetails.GetProperty("contacts").GetBoolean());
    }

    [Fact]
    public async Task Thousands_of_organizations_stream_out_whole_in_order()
    {
        const int count = 3_000;
        await Data.QueryAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.Organizations.AddRange(Enumerable.Range(1, count).Select(i =>
                Organization.Imported(TestData.Profile($"Organization {i:D5}", description: new string('x', 500)), now)));
            return await db.SaveChangesAsync();
        });

        var csv = await ExportFile.DownloadAsync(NewClient(), "/Organizations?handler=Export&format=csv");
        var xlsx = await ExportFile.DownloadAsync(NewClient(), "/Organizations?handler=Export&format=xlsx");

        var expected = Enumerable.Range(1, count).Select(i => $"Organization {i:D5}").ToList();
        Assert.Equal(expected, csv.Column("Name"));
        Assert.Equal(expected, xlsx.Column("Name"));
        Assert.All((await ExportFile.AuditAsync(Data)).Select(a => a.Details.GetProperty("rows").GetInt32()), rows => Assert.Equal(count, rows));
    }

    [Theory]
    [InlineData("pdf")]
    [InlineData("")]
    public async Task An_unknown_format_is_not_found_and_not_audited(string format)
    {
        using var response = await NewClient().GetAsync($"/Organizations?handler=Export&format={format}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(await ExportFile.AuditAsync(Data));
    }

    [Fact]
    public async Task The_directory_page_links_to_downloads_of_the_current_search()
    {
        var html = await NewClient().GetPageAsync("/Organizations?country=GT&sector=civil-society");

        Assert.Contains("href=\"/Organizations?handler=Export&amp;sector=civil-society&amp;country=GT&amp;format=csv\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/Organizations?handler=Export&amp;sector=civil-society&amp;country=GT&amp;format=xlsx\"", html, StringComparison.Ordinal);
    }
}
