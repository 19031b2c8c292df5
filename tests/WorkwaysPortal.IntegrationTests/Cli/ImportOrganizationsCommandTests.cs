using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Data.Taxonomy;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Cli;

[Collection(PortalDatabaseCollection.Name)]
public sealed class ImportOrganizationsCommandTests(PortalDatabaseFixture database) : CliTest(database)
{
    private const string Header = "name,acronym,sector,countries,offers,seeks,languages,website,description";

    private const string ValidCsv =
        Header + "\n" +
        "Asociación Pop No'j,APN,civil-society,GT;HN;SV,legal-aid;job-placement,funding,es;en,https://popnoj.example.org,Accompanies migrants and returnees.\n" +
        "\"Ministerio de Trabajo, Guatemala\",MINTRAB,government,GT,visa-processing,employer-engagement,es,,\"Labour ministry; runs the \"\"temporary work\"\" programme.\"\n" +
        "Canadian Employers Council,,employers-organization,CA;GT,employer-engagement,skills-assessment,en;fr,,Recruits workers through regular pathways.\n";

    [Fact]
    public async Task A_language_that_is_not_a_portal_language_is_refused_with_its_row()
    {
        var file = await WriteFileAsync("organizations.json", """
            [
              { "name": "Red Uno", "sector": "civil-society", "countries": ["GT"], "description": "Acompaña a migrantes.", "language": "es" },
              { "name": "Netzwerk Zwei", "sector": "civil-society", "countries": ["GT"], "description": "Ausbildung.", "Language": "de" }
            ]
            """);

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{file}: row 2: language: \"de\" is not one of the portal's languages (en, es, fr or pt).", result.Stderr, StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Organizations.CountAsync());
    }

    [Fact]
    public async Task A_valid_csv_file_imports_every_row_as_a_verified_organization()
    {
        var file = await WriteFileAsync("organizations.csv", ValidCsv);

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Imported {file}: 3 created, 0 updated.", result.Stdout.Trim());
        Assert.Equal("", result.Stderr);
        await using var db = Database.CreateDbContext();
        var organizations = await db.Organizations.OrderBy(o => o.Name).ToListAsync();
        Assert.Equal(3, organizations.Count);
        Assert.All(organizations, o => Assert.Equal(VerificationStatus.Verified, o.Status));
        var popNoj = organizations.Single(o => o.Acronym == "APN");
        Assert.Equal("Asociación Pop No'j", popNoj.Name);
        Assert.Equal(["GT", "HN", "SV"], popNoj.Countries);
        Assert.Equal(["legal-aid", "job-placement"], popNoj.Offers);
        Assert.Equal(["funding"], popNoj.Seeks);
        Assert.Equal(["es", "en"], popNoj.Languages);
        Assert.Equal("https://popnoj.example.org", popNoj.Website);
        var ministry = organizations.Single(o => o.Acronym == "MINTRAB");
        Assert.Equal("Ministerio de Trabajo, Guatemala", ministry.Name);
        Assert.Equal("Labour ministry; runs the \"temporary work\" programme.", ministry.Description);
        Assert.Null(ministry.Website);
        Assert.Null(organizations.Single(o => o.Sector == "employers-organization").Acronym);
    }

    [Fact]
    public async Task Organizations_anywhere_in_the_world_import_and_match_closer_the_nearer_they_work()
    {
        var file = await WriteFileAsync("world.csv",
            Header + "\n" +
            "Berufsschule für Zugewanderte,,academia,DE,vocational-training;language-training,,en,,Trains migrants for trades.\n" +
            "Fundación Acoge Madrid,,civil-society,ES,vocational-training,,es,,Training and placement in Madrid.\n" +
            "Centre de formation de Dakar,,civil-society,SN,vocational-training,,fr,,Vocational training before departure.\n" +
            "Migrant Skills India,,civil-society,IN,vocational-training,,en,,Pre-departure skills.\n" +
            "Shanghai Labour Mobility Institute,,academia,CN,vocational-training,,en,,Research and training.\n" +
            "Association marocaine de formation,,civil-society,MA,vocational-training,,fr,,Training on the Morocco-Spain route.\n" +
            "Scuola per migranti,,civil-society,IT,vocational-training,,en,,Training in Milan.\n");

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(("", 0), (result.Stderr, result.ExitCode));
        Assert.Equal($"Imported {file}: 7 created, 0 updated.", result.Stdout.Trim());
        await using var db = Database.CreateDbContext();
        Assert.Equal(["CN", "DE", "ES", "IN", "IT", "MA", "SN"], (await db.Organizations.ToListAsync()).SelectMany(o => o.Countries).Order());

        // Same country > corridor > same sub-region (Southern Europe) > same region (Europe) > elsewhere.
        db.Corridors.Add(new Corridor { OriginCode = "MA", DestinationCode = "ES" });
        await db.SaveChangesAsync();
        try
        {
            await using var scope = Database.App.Services.CreateAsyncScope();
            var matcher = scope.ServiceProvider.GetRequiredService<PartnerMatcher>();
            var partners = await matcher.SearchAsync(new MatchSearch(["vocational-training"], ["ES"], [], [], [], [], null), 10, CancellationToken.None);

            var countries = partners.Select(p => Assert.Single(p.Countries)).ToList();
            Assert.Equal(["ES", "MA", "IT", "DE"], countries.Take(4));
            Assert.Equal(["CN", "IN", "SN"], countries.Skip(4).Order());
            Assert.True(partners[0].Score > partners[1].Score && partners[1].Score > partners[2].Score && partners[2].Score > partners[3].Score);
            Assert.IsType<AlsoWorksIn>(Assert.Single(partners[0].Reasons, r => r.Factor == MatchFactor.Geography));
            Assert.IsType<CorridorEnd>(Assert.Single(partners[1].Reasons, r => r.Factor == MatchFactor.Geography));
            Assert.IsType<SameSubRegion>(Assert.Single(partners[2].Reasons, r => r.Factor == MatchFactor.Geography));

            // The region adds nothing by default (Matching:RegionLevel = 0) but ranks Germany before Senegal, India
            // and China at an equal score; given a value, it adds to the score too.
            Assert.Equal(partners[3].Score, partners[4].Score, 12);
            var scorer = new MatchScorer(new MatchingOptions { RegionLevel = 0.2 });
            var target = MatchTarget.ForSearch(["vocational-training"], MatchGeography.From(await scope.ServiceProvider.GetRequiredService<TaxonomyCatalog>().GetAsync()).Around(["ES"]), false);
            var germany = scorer.Explain(target, new MatchCandidate(partners[3].Id, "academia", ["DE"], ["vocational-training"], [], [], 0));
            var senegal = scorer.Explain(target, new MatchCandidate(partners[4].Id, "academia", ["SN"], ["vocational-training"], [], [], 0));
            Assert.True(germany.Score > senegal.Score);
            Assert.IsType<SameRegion>(Assert.Single(germany.Reasons, r => r.Factor == MatchFactor.Geography));
        }
        finally
        {
            await db.Corridors.Where(c => c.OriginCode == "MA" && c.DestinationCode == "ES").ExecuteDeleteAsync();
        }
    }

    [Fact]
    public async Task A_valid_json_file_imports_every_object_and_accepts_lists_as_arrays_or_text()
    {
        var file = await WriteFileAsync("organizations.json", """
            [
              {
                "name": "Red Jesuita con Migrantes",
                "acronym": "RJM",
                "sector": "faith-based",
                "countries": ["GT", "HN", "SV", "MX"],
                "offers": ["humanitarian-assistance", "legal-aid"],
                "seeks": ["funding"],
                "languages": ["es"],
                "website": "https://rjm.example.org",
                "description": "Shelters and legal advice along the route."
              },
              {
                "Name": "Universidad de Costa Rica",
                "sector": "academia",
                "countries": "CR;NI",
                "offers": "research; data-collection",
                "description": "Baseline studies of the Nicaragua-Costa Rica corridor."
              }
            ]
            """);

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Imported {file}: 2 created, 0 updated.", result.Stdout.Trim());
        await using var db = Database.CreateDbContext();
        var network = await db.Organizations.SingleAsync(o => o.Acronym == "RJM");
        Assert.Equal(VerificationStatus.Verified, network.Status);
        Assert.Equal(["GT", "HN", "SV", "MX"], network.Countries);
        Assert.Equal(["humanitarian-assistance", "legal-aid"], network.Offers);
        var university = await db.Organizations.SingleAsync(o => o.Name == "Universidad de Costa Rica");
        Assert.Equal(["CR", "NI"], university.Countries);
        Assert.Equal(["research", "data-collection"], university.Offers);
        Assert.Empty(university.Seeks);
    }

    [Fact]
    public async Task Importing_the_same_file_twice_creates_no_duplicates()
    {
        var file = await WriteFileAsync("organizations.csv", ValidCsv);
        Assert.Equal(0, (await RunAsync("import", "organizations", file)).ExitCode);

        var second = await RunAsync("import", "organizations", file);

        Assert.Equal(0, second.ExitCode);
        Assert.Equal($"Imported {file}: 0 created, 3 updated.", second.Stdout.Trim());
        await using var db = Database.CreateDbContext();
        Assert.Equal(3, await db.Organizations.CountAsync());
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.OrganizationsImported));
    }

    [Fact]
    public async Task A_name_differing_only_in_case_and_accents_refreshes_the_existing_organization()
    {
        var first = await WriteFileAsync("first.csv", Header + "\nAsociación X,,civil-society,GT,,,,,First description.\n");
        var second = await WriteFileAsync("second.csv", Header + "\nASOCIACION X,AX,civil-society,GT;MX,legal-aid,,,,Second description.\n");
        Assert.Equal(0, (await RunAsync("import", "organizations", first)).ExitCode);

        var result = await RunAsync("import", "organizations", second);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Imported {second}: 0 created, 1 updated.", result.Stdout.Trim());
        await using var db = Database.CreateDbContext();
        var organization = await db.Organizations.SingleAsync();
        Assert.Equal("ASOCIACION X", organization.Name);
        Assert.Equal("AX", organization.Acronym);
        Assert.Equal(["GT", "MX"], organization.Countries);
        Assert.Equal("Second description.", organization.Description);
    }

    [Fact]
    public async Task An_unknown_country_in_the_third_row_refuses_the_whole_file_and_names_row_4()
    {
        var file = await WriteFileAsync("organizations.csv",
            Header + "\n" +
            "First,,civil-society,GT,,,,,Valid.\n" +
            "Second,,government,HN,,,,,Valid.\n" +
            "Third,,academia,GT;ZZ,,,,,Unknown country.\n" +
            "Fourth,,academia,SV,,,,,Valid.\n");

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file}: row 4: countries: \"ZZ\" is not a known country code.", result.Stderr.Trim());
        Assert.Equal("", result.Stdout);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Organizations.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task A_json_row_is_its_position_in_the_array()
    {
        var file = await WriteFileAsync("organizations.json", """
            [
              { "name": "First", "sector": "civil-society", "countries": ["GT"], "description": "Valid." },
              { "name": "Second", "sector": "no-such-sector", "countries": ["GT"], "description": "Bad sector." }
            ]
            """);

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file}: row 2: sector: \"no-such-sector\" is not a known sector.", result.Stderr.Trim());
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Organizations.CountAsync());
    }

    [Fact]
    public async Task Two_rows_with_the_same_name_are_refused_on_the_later_row()
    {
        var file = await WriteFileAsync("organizations.csv",
            Header + "\n" +
            "Fundación Ejemplo,,civil-society,GT,,,,,One.\n" +
            "Other,,civil-society,GT,,,,,Two.\n" +
            "FUNDACION  EJEMPLO,,civil-society,HN,,,,,Three.\n");

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file}: row 4: name: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains("row 2", result.Stderr, StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Organizations.CountAsync());
    }

    [Fact]
    public async Task A_file_that_is_neither_csv_nor_json_is_refused()
    {
        var file = await WriteFileAsync("organizations.xlsx", ValidCsv);

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file}: ", result.Stderr, StringComparison.Ordinal);
        Assert.Contains(".csv or .json", result.Stderr, StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Organizations.CountAsync());
    }

    [Fact]
    public async Task A_csv_without_a_required_column_is_refused_naming_the_column()
    {
        var file = await WriteFileAsync("organizations.csv", "name,countries,description\nFirst,GT,No sector column.\n");

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file}: row 1: sector: The column is missing.", result.Stderr.Trim());
    }

    [Fact]
    public async Task A_csv_with_an_unknown_column_is_refused_naming_the_column()
    {
        var file = await WriteFileAsync("organizations.csv", Header + ",country\nFirst,,civil-society,GT,,,,,Valid.,GT\n");

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file}: row 1: country: Unknown column", result.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_names_match_whatever_their_case_and_spaces()
    {
        var file = await WriteFileAsync("organizations.csv", " Name , SECTOR,Countries ,description\nFirst,civil-society,GT,Valid.\n");

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("1 created", result.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_rows_are_records_not_lines_in_a_spreadsheet_export()
    {
        // Excel writes a byte order mark and CRLF, and keeps line breaks inside quoted fields.
        var file = Path.Combine(Folder, "excel.csv");
        await File.WriteAllTextAsync(file,
            Header + "\r\n" +
            "First,,civil-society,GT,,,,,\"A description\r\non two lines.\"\r\n" +
            "Second,,civil-society,XX,,,,,Unknown country.\r\n",
            new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file}: row 3: countries: \"XX\" is not a known country code.", result.Stderr.Trim());
    }

    [Fact]
    public async Task A_csv_with_a_broken_quote_is_refused_naming_the_row()
    {
        var file = await WriteFileAsync("organizations.csv",
            Header + "\n" +
            "First,,civil-society,GT,,,,,Valid.\n" +
            "\"Second\" oops,,civil-society,GT,,,,,Bad quote.\n");

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file}: row 3: ", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Organizations.CountAsync());
    }

    [Theory]
    [InlineData("{ \"name\": \"Not an array\" }", null)]
    [InlineData("[ { \"name\": \"Truncated\", ", null)]
    [InlineData("[ { \"name\": \"First\", \"sector\": \"academia\", \"countries\": [\"GT\"], \"description\": \"x\" }, \"text\" ]", 2)]
    [InlineData("[ { \"name\": \"First\", \"sector\": \"academia\", \"countries\": [1, 2], \"description\": \"x\" } ]", 1)]
    public async Task Malformed_json_is_refused_with_one_line(string json, int? row)
    {
        var file = await WriteFileAsync("organizations.json", json);

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith(row is null ? $"{file}: " : $"{file}: row {row}: ", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    [Fact]
    public async Task A_missing_file_is_refused()
    {
        var file = Path.Combine(Folder, "missing.csv");

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal($"{file}: The file does not exist.", result.Stderr.Trim());
    }

    [Fact]
    public async Task An_import_is_audited_with_its_counts()
    {
        var file = await WriteFileAsync("organizations.csv", ValidCsv);

        await RunAsync("import", "organizations", file);

        await using var db = Database.CreateDbContext();
        var audit = await db.AuditEvents.SingleAsync();
        Assert.Equal(AuditActions.OrganizationsImported, audit.Action);
        Assert.Equal("import", audit.SubjectType);
        Assert.Equal("organizations.csv", audit.SubjectId);
        Assert.NotNull(audit.Details);
        using var details = System.Text.Json.JsonDocument.Parse(audit.Details);
        Assert.Equal(3, details.RootElement.GetProperty("created").GetInt32());
        Assert.Equal(0, details.RootElement.GetProperty("updated").GetInt32());
    }
}
