using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Import;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Taxonomy;
using WorkwaysPortal.Domain.Text;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Cli;

[Collection(PortalDatabaseCollection.Name)]
public sealed class GenerateOrganizationsCommandTests(PortalDatabaseFixture database) : CliTest(database)
{
    private static readonly HashSet<string> SpanishSpeaking =
        ["MX", "GT", "HN", "SV", "NI", "CR", "PA", "CO", "VE", "PE", "EC", "CL", "AR", "BO", "UY", "PY", "CU", "DO", "PR"];

    private static readonly string[] SmallIslands = ["AG", "AI", "DM", "KN", "MS", "VG"];

    private static readonly string[] SpanishWords = [" de ", " para ", " personas ", " en ", " con "];

    [Theory]
    [InlineData("organizations.csv")]
    [InlineData("organizations.json")]
    public async Task The_same_seed_and_count_write_byte_identical_files(string name)
    {
        var first = Path.Combine(Folder, "first-" + name);
        var second = Path.Combine(Folder, "second-" + name);

        Assert.Equal(0, (await RunAsync("generate", "organizations", "500", "--seed", "7", "--out", first)).ExitCode);
        Assert.Equal(0, (await RunAsync("generate", "organizations", "500", "--seed", "7", "--out", second)).ExitCode);

        Assert.Equal(await HashAsync(first), await HashAsync(second));
    }

    [Fact]
    public async Task A_different_seed_writes_different_organizations()
    {
        var seven = Path.Combine(Folder, "seven.csv");
        var eight = Path.Combine(Folder, "eight.csv");

        await RunAsync("generate", "organizations", "500", "--seed", "7", "--out", seven);
        await RunAsync("generate", "organizations", "500", "--seed", "8", "--out", eight);

        Assert.NotEqual(await HashAsync(seven), await HashAsync(eight));
    }

    [Fact]
    public async Task Writing_a_file_reports_what_was_generated()
    {
        var file = Path.Combine(Folder, "organizations.csv");

        var result = await RunAsync("generate", "organizations", "25", "--seed", "3", "--out", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.StartsWith($"Generated 25 organizations (seed 3) into {file} in ", result.Stdout, StringComparison.Ordinal);
        Assert.EndsWith(" s.", result.Stdout.Trim(), StringComparison.Ordinal);
        Assert.Equal(25, (await OrganizationFileReader.ReadFileAsync(file)).Count);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.Organizations.CountAsync());
    }

    [Fact]
    public async Task The_json_file_holds_the_same_organizations_as_the_csv_file()
    {
        var csv = Path.Combine(Folder, "organizations.csv");
        var json = Path.Combine(Folder, "organizations.json");
        await RunAsync("generate", "organizations", "300", "--seed", "11", "--out", csv);
        await RunAsync("generate", "organizations", "300", "--seed", "11", "--out", json);

        var fromCsv = await OrganizationFileReader.ReadFileAsync(csv);
        var fromJson = await OrganizationFileReader.ReadFileAsync(json);

        Assert.Equal(300, fromCsv.Count);
        Assert.Equal(fromCsv.Select(r => Describe(r.Profile)), fromJson.Select(r => Describe(r.Profile)));
    }

    [Fact]
    public async Task Generated_organizations_are_valid_unique_and_realistic()
    {
        var file = Path.Combine(Folder, "organizations.csv");
        await RunAsync("generate", "organizations", "2000", "--seed", "42", "--out", file);

        var profiles = (await OrganizationFileReader.ReadFileAsync(file)).Select(r => r.Profile).ToList();

        Assert.Equal(2000, profiles.Count);
        Assert.All(profiles, p => Assert.Empty(OrganizationProfileRules.Check(p, TaxonomySnapshot.Seed)));
        Assert.Equal(2000, profiles.Select(p => NameKey.For(p.Name)).Distinct().Count());
        Assert.All(profiles, p =>
        {
            Assert.InRange(p.Countries.Count, 1, 4);
            Assert.InRange(p.Offers.Count, 1, 4);
            Assert.InRange(p.Seeks.Count, 1, 3);
            Assert.Empty(p.Offers.Intersect(p.Seeks));
            Assert.Equal(p.Countries.Count, p.Countries.Distinct().Count());
        });

        // Organizations based in a Spanish-speaking country mostly describe themselves in Spanish, with accents.
        var spanishHomes = profiles.Where(p => SpanishSpeaking.Contains(p.Countries[0])).ToList();
        Assert.True(spanishHomes.Count > 1000, $"{spanishHomes.Count} organizations in Spanish-speaking countries");
        Assert.True(spanishHomes.Count(p => IsSpanish(p.Description)) >= 0.8 * spanishHomes.Count);
        Assert.Contains(profiles, p => p.Description.Contains('ó', StringComparison.Ordinal) && p.Description.Contains('í', StringComparison.Ordinal));
        Assert.All(profiles.Where(p => !SpanishSpeaking.Contains(p.Countries[0])), p => Assert.False(IsSpanish(p.Description), p.Description));
        Assert.All(spanishHomes, p => Assert.Contains("es", p.Languages));
        Assert.All(profiles.Where(p => p.Countries[0] == "BR"), p => Assert.Contains("pt", p.Languages));
        Assert.All(profiles.Where(p => p.Countries.Contains("HT")), p => Assert.Contains("fr", p.Languages));

        // Sectors: civil society first, every sector present, none implausibly frequent.
        var sectors = profiles.GroupBy(p => p.Sector).ToDictionary(g => g.Key, g => g.Count() / 2000.0);
        Assert.Equal(SeedTaxonomy.Sectors.Select(s => s.Code).Order(), sectors.Keys.Order());
        Assert.Equal("civil-society", sectors.MaxBy(s => s.Value).Key);
        Assert.InRange(sectors["civil-society"], 0.20, 0.35);
        Assert.InRange(sectors["migrant-organization"], 0.08, 0.20);
        Assert.InRange(sectors["government"], 0.07, 0.18);
        Assert.All(sectors.Values, share => Assert.InRange(share, 0.01, 0.35));

        // Where: Mexico, the United States and Colombia lead; small islands are rare.
        var homes = profiles.GroupBy(p => p.Countries[0]).OrderByDescending(g => g.Count()).Select(g => g.Key).ToList();
        Assert.Subset(homes.Take(5).ToHashSet(), new HashSet<string> { "MX", "US", "CO" });
        Assert.All(SmallIslands, island =>
            Assert.True(profiles.Count(p => p.Countries[0] == island) <= 10, island));

        // What they do follows the sector.
        Assert.True(Share(profiles, "trade-union", p => p.Offers.Contains("worker-representation")) >= 0.5);
        Assert.True(Share(profiles, "government", p => p.Offers.Contains("visa-processing") || p.Offers.Contains("consular-protection")) >= 0.5);
        Assert.True(Share(profiles, "international-organization", p => p.Offers.Intersect(["data-collection", "research", "funding"]).Any()) >= 0.6);
        Assert.True(Share(profiles, "donor", p => p.Offers.Contains("funding")) >= 0.6);
    }

    [Fact]
    public async Task Generating_into_the_database_imports_verified_organizations_and_audits_it()
    {
        var result = await RunAsync("generate", "organizations", "300", "--seed", "5");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("", result.Stderr);
        Assert.StartsWith("Generated 300 organizations (seed 5) into the database: 300 created, 0 updated, in ", result.Stdout, StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.Equal(300, await db.Organizations.CountAsync(o => o.Status == VerificationStatus.Verified));
        var audit = await db.AuditEvents.SingleAsync();
        Assert.Equal(AuditActions.OrganizationsImported, audit.Action);
        Assert.Equal("generate organizations 300 --seed 5", audit.SubjectId);
    }

    [Fact]
    public async Task Generating_the_same_organizations_again_refreshes_them_without_duplicates()
    {
        Assert.Equal(0, (await RunAsync("generate", "organizations", "200", "--seed", "5")).ExitCode);

        var again = await RunAsync("generate", "organizations", "200", "--seed", "5");

        Assert.Equal(0, again.ExitCode);
        Assert.Contains(": 0 created, 200 updated, in ", again.Stdout, StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.Equal(200, await db.Organizations.CountAsync());
    }

    [Fact]
    public async Task A_generated_file_imports_as_is()
    {
        var file = Path.Combine(Folder, "organizations.json");
        await RunAsync("generate", "organizations", "400", "--seed", "9", "--out", file);

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Imported {file}: 400 created, 0 updated.", result.Stdout.Trim());
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-5")]
    [InlineData("1000001")]
    [InlineData("many")]
    public async Task A_count_that_is_not_between_1_and_a_million_is_a_usage_error(string count)
    {
        var file = Path.Combine(Folder, "organizations.csv");

        var result = await RunAsync("generate", "organizations", count, "--out", file);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEqual("", result.Stderr);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task An_output_file_that_is_neither_csv_nor_json_is_refused()
    {
        var file = Path.Combine(Folder, "organizations.xlsx");

        var result = await RunAsync("generate", "organizations", "10", "--out", file);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(".csv or .json", result.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task An_output_folder_that_does_not_exist_is_refused_in_one_line()
    {
        var file = Path.Combine(Folder, "missing", "organizations.csv");

        var result = await RunAsync("generate", "organizations", "10", "--out", file);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{file}: The file cannot be written", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
    }

    private static async Task<string> HashAsync(string path) => Convert.ToHexString(SHA256.HashData(await File.ReadAllBytesAsync(path)));

    private static string Describe(OrganizationProfile p) =>
        string.Join("|", p.Name, p.Acronym, p.Sector, string.Join(";", p.Countries), string.Join(";", p.Offers),
            string.Join(";", p.Seeks), string.Join(";", p.Languages), p.Website, p.Description);

    /// <summary>Words that are everywhere in Spanish text and never in the English descriptions.</summary>
    private static bool IsSpanish(string text) =>
        SpanishWords.Count(w => text.Contains(w, StringComparison.Ordinal)) >= 2;

    private static double Share(List<OrganizationProfile> profiles, string sector, Func<OrganizationProfile, bool> predicate)
    {
        var inSector = profiles.Where(p => p.Sector == sector).ToList();
        Assert.NotEmpty(inSector);
        return inSector.Count(predicate) / (double)inSector.Count;
    }
}
