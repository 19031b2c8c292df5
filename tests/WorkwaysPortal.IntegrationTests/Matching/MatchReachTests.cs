using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Domain.Matching;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Matching;

/// <summary>The capability@country columns that the first retrieval tiers read, and that they are read through their indexes.</summary>
public sealed class MatchReachTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_generated_columns_hold_every_capability_and_country_pair_and_follow_an_edit()
    {
        var organization = await Data.VerifiedAsync(TestData.Profile(
            "Red de Casas del Migrante", countries: ["GT", "MX"], offers: ["legal-aid", "humanitarian-assistance"], seeks: ["funding"]));

        var (offer, seek) = await ReachAsync(organization.Id);
        Assert.Equal(["humanitarian-assistance@GT", "humanitarian-assistance@MX", "legal-aid@GT", "legal-aid@MX"], offer.Order(StringComparer.Ordinal));
        Assert.Equal(["funding@GT", "funding@MX"], seek.Order(StringComparer.Ordinal));

        await Data.QueryAsync(db => db.Database.ExecuteSqlAsync($"UPDATE organizations SET countries = '{{HN}}', seeks = '{{}}' WHERE id = {organization.Id}"));
        (offer, seek) = await ReachAsync(organization.Id);
        Assert.Equal(["humanitarian-assistance@HN", "legal-aid@HN"], offer.Order(StringComparer.Ordinal));
        Assert.Empty(seek);
    }

    [Fact]
    public void Pairs_are_the_cross_product_in_the_columns_format() =>
        Assert.Equal(["research@US", "research@CA", "funding@US", "funding@CA"], MatchReach.Pairs(["research", "funding"], ["US", "CA"]));

    [Fact]
    public async Task The_first_tiers_of_an_organization_target_are_bitmap_scans_of_the_pair_indexes()
    {
        await Data.VerifiedAsync(TestData.Profile("Pastoral de Movilidad Humana", countries: ["GT"], offers: ["legal-aid"], seeks: ["funding"]));
        await using var scope = App.Services.CreateAsyncScope();
        var options = scope.ServiceProvider.GetRequiredService<IOptions<MatchingOptions>>().Value;
        var request = new CandidateRequest(
            0, ["legal-aid"], ["GT"], ["HN", "SV"], ["MX"], ["CO", "US"], ["funding"], ["government"], [1.0], ["es"], [], [], "", "", "es");

        await using var connection = new NpgsqlConnection(Database.ConnectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using var batch = CandidateQuery.Batch(connection, request, options, explain: true);
        batch.Transaction = transaction;
        var plan = new List<string>();
        await using (var reader = await batch.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetString(0));
            }
        }

        var text = string.Join('\n', plan);
        Assert.Contains("Bitmap Index Scan on ix_organizations_offer_reach", text, StringComparison.Ordinal);
        Assert.Contains("Bitmap Index Scan on ix_organizations_seek_reach", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Seq Scan on organizations", text, StringComparison.Ordinal);
    }

    private Task<(string[] Offer, string[] Seek)> ReachAsync(int id) =>
        Data.QueryAsync(async db =>
        {
            var row = await db.Organizations.AsNoTracking().Where(o => o.Id == id)
                .Select(o => new { Offer = EF.Property<string[]>(o, MatchReach.OfferProperty), Seek = EF.Property<string[]>(o, MatchReach.SeekProperty) })
                .SingleAsync();
            return (row.Offer, row.Seek);
        });
}
