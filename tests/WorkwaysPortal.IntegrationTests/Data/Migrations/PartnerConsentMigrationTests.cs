using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Data.Migrations;

/// <summary>
/// Migration PartnerConsent on proposals written before partners consented, in a database of its own
/// (the shared one stays migrated): a proposal waiting for a moderator goes back to its partners, an
/// approved one stays approved, and every answer is pending.
/// </summary>
[Collection(PortalDatabaseCollection.Name)]
public sealed class PartnerConsentMigrationTests(PortalDatabaseFixture database)
{
    private const string Before = "RateLimitWindows";

    [Fact]
    public async Task Proposals_waiting_for_a_moderator_wait_for_their_partners_and_approved_ones_stay_approved_with_pending_answers()
    {
        var connection = await NewDatabaseAsync("workways_consent_migration");
        await using var db = Context(connection);
        await db.Database.MigrateAsync();
        var now = DateTimeOffset.UtcNow;
        var proposer = Organization.Imported(TestData.Profile("Proposer Network"), now);
        var partner = Organization.Imported(TestData.Profile("Invited Agency"), now);
        db.Organizations.AddRange(proposer, partner);
        await db.SaveChangesAsync();
        var waiting = Proposal(proposer.Id, partner.Id, now, approve: false);
        var approved = Proposal(proposer.Id, partner.Id, now, approve: true);
        db.Proposals.AddRange(waiting, approved);
        await db.SaveChangesAsync();

        await db.GetService<IMigrator>().MigrateAsync(Before);
        Assert.Equal(["Approved", "Submitted"], await StatesAsync(connection));

        await db.Database.MigrateAsync();
        db.ChangeTracker.Clear();
        var after = await db.Proposals.AsNoTracking().Include(p => p.Targets).OrderBy(p => p.Id).ToListAsync();
        Assert.Equal([ProposalState.AwaitingPartners, ProposalState.Approved], after.Select(p => p.State));
        Assert.All(after.SelectMany(p => p.Targets), t => Assert.Equal((PartnerAnswer.Pending, null, null), (t.Answer, t.AnsweredAt, t.AnsweredBy)));
    }

    private static PartnershipProposal Proposal(int proposerId, int partnerId, DateTimeOffset now, bool approve)
    {
        var proposal = PartnershipProposal.Draft(
            proposerId, new ProposalDetails("Nurses", "Why.", "Training.", [new ProposalPartner(partnerId, "Placement.")], null, null), Guid.NewGuid(), now);
        proposal.Apply(ProposalAction.Submit, Guid.NewGuid(), "Ana", null, now);
        proposal.Apply(ProposalAction.Accept, Guid.NewGuid(), "Pablo", null, now, partnerId);
        if (approve)
        {
            proposal.Apply(ProposalAction.Approve, Guid.NewGuid(), "Marta", null, now);
        }

        return proposal;
    }

    private async Task<string> NewDatabaseAsync(string name)
    {
        await using (var admin = new NpgsqlConnection(database.ConnectionString))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", admin);
            await create.ExecuteNonQueryAsync();
        }

        return new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = name, Pooling = false }.ConnectionString;
    }

    private static PortalDbContext Context(string connection)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.Configure(options, connection);
        return new PortalDbContext(options.Options);
    }

    private static async Task<List<string>> StatesAsync(string connection)
    {
        await using var sql = new NpgsqlConnection(connection);
        await sql.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT state FROM partnership_proposals ORDER BY state", sql);
        await using var reader = await command.ExecuteReaderAsync();
        var states = new List<string>();
        while (await reader.ReadAsync())
        {
            states.Add(reader.GetString(0));
        }

        return states;
    }
}
