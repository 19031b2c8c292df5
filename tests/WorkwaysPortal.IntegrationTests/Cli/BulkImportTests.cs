using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Import;
using WorkwaysPortal.Data.Search;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Cli;

/// <summary>
/// <c>import organizations</c> writes with PostgreSQL COPY: what it writes must be what the Domain
/// (and EF) would have written, and it must stay all or nothing and idempotent.
/// </summary>
[Collection(PortalDatabaseCollection.Name)]
public sealed class BulkImportTests(PortalDatabaseFixture database) : CliTest(database)
{
    private const string Header = "name,acronym,sector,countries,offers,seeks,languages,website,description";

    [Fact]
    public async Task Imported_rows_read_back_through_ef_equal_the_domains_organizations()
    {
        var file = Path.Combine(Folder, "organizations.csv");
        await RunAsync("generate", "organizations", "1000", "--seed", "21", "--out", file);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Imported {file}: 1000 created, 0 updated.", result.Stdout.Trim());
        var rows = await OrganizationFileReader.ReadFileAsync(file);
        await using var db = Database.CreateDbContext();
        var stored = await db.Organizations.AsNoTracking().ToDictionaryAsync(o => o.NameKey);
        Assert.Equal(1000, stored.Count);
        foreach (var row in rows)
        {
            var expected = Organization.Imported(row.Profile, DateTimeOffset.UtcNow);
            AssertSameProfile(expected, stored[expected.NameKey]);
        }

        Assert.All(stored.Values, o =>
        {
            Assert.Equal(VerificationStatus.Verified, o.Status);
            Assert.True(o.CreatedAt >= before);
            Assert.Equal(o.CreatedAt, o.UpdatedAt);
            Assert.Equal(o.CreatedAt, o.DecidedAt);
            Assert.Null(o.DecidedBy);
            Assert.Null(o.StatusReason);
            Assert.Null(o.ContactName);
        });
    }

    [Fact]
    public async Task Values_are_normalized_as_the_domain_normalizes_them()
    {
        var file = await WriteFileAsync("organizations.csv",
            Header + "\n" +
            "  Fundación   Ejemplo  ,  ,Civil-Society,gt; HN ;gt,LEGAL-AID; legal-aid ;job-placement,Funding,ES;en, https://ejemplo.example.org ,  Acompaña a personas migrantes.  \n");

        Assert.Equal(0, (await RunAsync("import", "organizations", file)).ExitCode);

        await using var db = Database.CreateDbContext();
        var organization = await db.Organizations.AsNoTracking().SingleAsync();
        var expected = Organization.Imported((await OrganizationFileReader.ReadFileAsync(file))[0].Profile, DateTimeOffset.UtcNow);
        AssertSameProfile(expected, organization);
        Assert.Equal("Fundación   Ejemplo", organization.Name);
        Assert.Equal("fundacion ejemplo", organization.NameKey);
        Assert.Null(organization.Acronym);
        Assert.Equal("civil-society", organization.Sector);
        Assert.Equal(["GT", "HN"], organization.Countries);
        Assert.Equal(["legal-aid", "job-placement"], organization.Offers);
        Assert.Equal(["es", "en"], organization.Languages);
        Assert.Equal("https://ejemplo.example.org", organization.Website);
        Assert.Equal("Acompaña a personas migrantes.", organization.Description);
    }

    [Fact]
    public async Task Accents_survive_the_import_and_search_finds_them_without_accents()
    {
        var file = await WriteFileAsync("organizations.json", """
            [
              {
                "name": "Asociación Ñandutí de Niñas y Niños Migrantes",
                "sector": "civil-society",
                "countries": ["CO", "VE"],
                "languages": ["es"],
                "description": "Protección jurídica y acompañamiento psicosocial en Cúcuta y San Cristóbal."
              },
              {
                "name": "Toronto Newcomer Services",
                "sector": "civil-society",
                "countries": ["CA"],
                "description": "Settlement services for refugees."
              }
            ]
            """);

        Assert.Equal(0, (await RunAsync("import", "organizations", file)).ExitCode);

        await using var db = Database.CreateDbContext();
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Countries.Contains("CO"));
        Assert.Equal("Asociación Ñandutí de Niñas y Niños Migrantes", organization.Name);
        Assert.Equal("Protección jurídica y acompañamiento psicosocial en Cúcuta y San Cristóbal.", organization.Description);
        Assert.Equal([organization.Id], await SearchAsync(db, "cucuta"));
        Assert.Equal([organization.Id], await SearchAsync(db, "proteccion juridica"));
        Assert.Equal([organization.Id], await SearchAsync(db, "nandutí ninas"));
        Assert.Single(await SearchAsync(db, "refugee"));
    }

    [Fact]
    public async Task The_language_field_gives_the_language_of_the_texts_and_without_it_the_import_detects_it()
    {
        var withLanguages = await WriteFileAsync("with-languages.csv",
            Header + ",language\n" +
            "Red Uno,,civil-society,GT,,,es,,Formation des travailleurs et de leurs familles.,ES\n" +
            "Réseau Deux,,civil-society,HT,,,fr,,Accompagnement des travailleurs saisonniers et de leurs familles., \n" +
            "Rede Três,,civil-society,BR,,,pt,,OIM,\n");
        var withoutLanguages = await WriteFileAsync("without-languages.json", """
            [
              { "name": "Casa Quatro", "sector": "civil-society", "countries": ["BR"], "description": "Atendimento aos migrantes e às suas famílias." },
              { "name": "Forum Five", "sector": "civil-society", "countries": ["US"], "languages": ["fr"], "description": "Training for the workers." }
            ]
            """);

        Assert.Equal(0, (await RunAsync("import", "organizations", withLanguages)).ExitCode);
        Assert.Equal(0, (await RunAsync("import", "organizations", withoutLanguages)).ExitCode);

        await using var db = Database.CreateDbContext();
        var languages = await db.Organizations.AsNoTracking().OrderBy(o => o.Id).Select(o => o.Name + ":" + o.TextLanguage).ToListAsync();
        // Given (whatever the text says), detected (a blank field is no language), the first working language
        // when the text tells nothing, and detected in a file without the field.
        Assert.Equal(["Red Uno:es", "Réseau Deux:fr", "Rede Três:pt", "Casa Quatro:pt", "Forum Five:en"], languages);
        Assert.Equal(await db.Organizations.Where(o => o.Name == "Réseau Deux").Select(o => o.Id).ToListAsync(), await SearchAsync(db, "saisonnier"));
    }

    [Fact]
    public async Task Re_importing_with_another_language_restems_the_organization()
    {
        var file = await WriteFileAsync("organizations.csv",
            Header + ",language\n" + "Red Uno,,civil-society,GT,,,es,,Droits sociaux des familles.,es\n");
        Assert.Equal(0, (await RunAsync("import", "organizations", file)).ExitCode);
        await using (var before = Database.CreateDbContext())
        {
            Assert.Empty(await SearchAsync(before, "social"));
        }

        await File.WriteAllTextAsync(file, Header + ",language\n" + "Red Uno,,civil-society,GT,,,es,,Droits sociaux des familles.,fr\n");
        var result = await RunAsync("import", "organizations", file);

        Assert.Equal($"Imported {file}: 0 created, 1 updated.", result.Stdout.Trim());
        await using var db = Database.CreateDbContext();
        Assert.Equal("fr", await db.Organizations.Select(o => o.TextLanguage).SingleAsync());
        Assert.Single(await SearchAsync(db, "social"));
    }

    [Fact]
    public async Task Re_importing_a_changed_file_updates_in_place_and_keeps_contacts()
    {
        await using (var setup = Database.CreateDbContext())
        {
            setup.Organizations.Add(Organization.Imported(TestData.Profile("Casa del Migrante Belén"), DateTimeOffset.UtcNow.AddDays(-3)));
            await setup.SaveChangesAsync();
        }

        int[] idsBefore;
        DateTimeOffset updatedBefore;
        await using (var db = Database.CreateDbContext())
        {
            idsBefore = await db.Organizations.OrderBy(o => o.Id).Select(o => o.Id).ToArrayAsync();
            updatedBefore = await db.Organizations.Select(o => o.UpdatedAt).SingleAsync();
        }

        var file = await WriteFileAsync("organizations.csv",
            Header + "\n" +
            "CASA DEL MIGRANTE BELEN,CMB,faith-based,GT;MX,humanitarian-assistance;legal-aid,funding,es,,Albergue en Tecún Umán.\n" +
            "Red Nueva,,civil-society,HN,,,,,Nueva organización.\n");

        var result = await RunAsync("import", "organizations", file);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"Imported {file}: 1 created, 1 updated.", result.Stdout.Trim());
        await using var check = Database.CreateDbContext();
        var refreshed = await check.Organizations.AsNoTracking().SingleAsync(o => o.Id == idsBefore[0]);
        Assert.Equal("CASA DEL MIGRANTE BELEN", refreshed.Name);
        Assert.Equal("CMB", refreshed.Acronym);
        Assert.Equal("faith-based", refreshed.Sector);
        Assert.Equal(["GT", "MX"], refreshed.Countries);
        Assert.Equal(["humanitarian-assistance", "legal-aid"], refreshed.Offers);
        Assert.Null(refreshed.Website);
        Assert.Equal("Albergue en Tecún Umán.", refreshed.Description);
        Assert.True(refreshed.UpdatedAt > updatedBefore);
        Assert.Equal(("Ana Pérez", "ana@example.org", "+502 5555 0000"), (refreshed.ContactName, refreshed.ContactEmail, refreshed.ContactPhone));
        Assert.Equal(2, await check.Organizations.CountAsync());
        Assert.Equal([refreshed.Id], await SearchAsync(check, "tecun uman"));
    }

    [Fact]
    public async Task Re_importing_the_same_file_changes_nothing_and_creates_no_duplicates()
    {
        var file = Path.Combine(Folder, "organizations.csv");
        await RunAsync("generate", "organizations", "300", "--seed", "4", "--out", file);
        Assert.Equal(0, (await RunAsync("import", "organizations", file)).ExitCode);
        var before = await SnapshotAsync();

        var again = await RunAsync("import", "organizations", file);

        Assert.Equal(0, again.ExitCode);
        Assert.Equal($"Imported {file}: 0 created, 300 updated.", again.Stdout.Trim());
        Assert.Equal(before, await SnapshotAsync());
        await using var db = Database.CreateDbContext();
        Assert.Equal(2, await db.AuditEvents.CountAsync(e => e.Action == AuditActions.OrganizationsImported));
    }

    [Fact]
    public async Task A_database_error_while_writing_rolls_back_updates_creations_and_the_audit_event()
    {
        var first = await WriteFileAsync("first.csv", Header + "\nRed Existente,,civil-society,GT,,,,,Antes.\n");
        Assert.Equal(0, (await RunAsync("import", "organizations", first)).ExitCode);
        var before = await SnapshotAsync();
        var second = await WriteFileAsync("second.csv",
            Header + "\n" +
            "Red Existente,,civil-society,GT;HN,,,,,Después.\n" +
            "Nueva Uno,,civil-society,GT,,,,,Nueva.\n" +
            "Refused By The Database,,civil-society,GT,,,,,Nueva.\n");

        await using (var connection = new NpgsqlConnection(Database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand("""
                CREATE FUNCTION test_refuse_organization() RETURNS trigger LANGUAGE plpgsql AS
                $$ BEGIN RAISE EXCEPTION 'test trigger refused %', NEW.name; END $$;
                CREATE TRIGGER test_refuse_organization BEFORE INSERT ON organizations
                    FOR EACH ROW WHEN (NEW.name = 'Refused By The Database') EXECUTE FUNCTION test_refuse_organization();
                """, connection);
            await create.ExecuteNonQueryAsync();
        }

        CliResult result;
        try
        {
            result = await RunAsync("import", "organizations", second);
        }
        finally
        {
            await using var connection = new NpgsqlConnection(Database.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand(
                "DROP TRIGGER test_refuse_organization ON organizations; DROP FUNCTION test_refuse_organization();", connection);
            await drop.ExecuteNonQueryAsync();
        }

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("test trigger refused Refused By The Database", result.Stderr, StringComparison.Ordinal);
        Assert.Single(result.Stderr.Trim().Split('\n'));
        Assert.Equal(before, await SnapshotAsync());
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.AuditEvents.CountAsync());
    }

    private static void AssertSameProfile(Organization expected, Organization actual)
    {
        Assert.Equal(expected.Name, actual.Name);
        Assert.Equal(expected.NameKey, actual.NameKey);
        Assert.Equal(expected.Acronym, actual.Acronym);
        Assert.Equal(expected.Sector, actual.Sector);
        Assert.Equal(expected.Countries, actual.Countries);
        Assert.Equal(expected.Offers, actual.Offers);
        Assert.Equal(expected.Seeks, actual.Seeks);
        Assert.Equal(expected.Languages, actual.Languages);
        Assert.Equal(expected.Website, actual.Website);
        Assert.Equal(expected.Description, actual.Description);
        Assert.Equal(expected.TextLanguage, actual.TextLanguage);
        Assert.Equal(expected.ContactName, actual.ContactName);
        Assert.Equal(expected.ContactEmail, actual.ContactEmail);
        Assert.Equal(expected.ContactPhone, actual.ContactPhone);
        Assert.Equal(expected.Status, actual.Status);
    }

    private static Task<List<int>> SearchAsync(PortalDbContext db, string text) =>
        db.Organizations
            .Where(o => EF.Property<NpgsqlTsVector>(o, PortalSearch.VectorProperty).Matches(PortalSearch.Query(text)))
            .OrderBy(o => o.Id)
            .Select(o => o.Id)
            .ToListAsync();

    /// <summary>Every organization as a line of text (id, profile, contact, status, timestamps), in id order.</summary>
    private async Task<List<string>> SnapshotAsync()
    {
        await using var db = Database.CreateDbContext();
        var organizations = await db.Organizations.AsNoTracking().OrderBy(o => o.Id).ToListAsync();
        return
        [
            .. organizations.Select(o => string.Join("|",
                o.Id, o.Name, o.Acronym, o.Sector, string.Join(";", o.Countries), string.Join(";", o.Offers), string.Join(";", o.Seeks),
                string.Join(";", o.Languages), o.Website, o.Description, o.TextLanguage, o.ContactName, o.Status, o.CreatedAt.UtcTicks, o.UpdatedAt.UtcTicks,
                o.DecidedAt?.UtcTicks, o.Version)),
        ];
    }
}
