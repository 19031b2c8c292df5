using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Initiatives;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Data.Migrations;

/// <summary>
/// Migration InitiativeInvitations in a database of its own (the shared one stays migrated): the
/// participants listed before issue 13 become invitations awaiting their delegates' answer, sent by the
/// initiative's author; going back puts every invited organization in the old list again.
/// </summary>
[Collection(PortalDatabaseCollection.Name)]
public sealed class InitiativeInvitationsMigrationTests(PortalDatabaseFixture database)
{
    private const string Before = "SavedSearchAlerts";

    [Fact]
    public async Task Listed_participants_become_invitations_awaiting_an_answer_and_going_back_lists_them_again()
    {
        var connection = await NewDatabaseAsync("workways_invitations_migration");
        await using var db = Context(connection);
        await db.Database.MigrateAsync();
        var now = new DateTimeOffset(2026, 11, 1, 9, 0, 0, TimeSpan.Zero);
        var lead = Organization.Imported(TestData.Profile("Lead Ministry"), now);
        var partner = Organization.Imported(TestData.Profile("Partner Council"), now);
        var other = Organization.Imported(TestData.Profile("Other Network"), now);
        db.Organizations.AddRange(lead, partner, other);
        await db.SaveChangesAsync();
        var author = Guid.NewGuid();
        var initiative = Initiative.Record(
            lead.Id, WorkTestData.NewInitiative("Work visas", participants: [partner.Id, other.Id]), author, now);
        initiative.Answer(partner.Id, accept: true, Guid.NewGuid(), "Pablo", null, now);
        db.Initiatives.Add(initiative);
        await db.SaveChangesAsync();

        await db.GetService<IMigrator>().MigrateAsync(Before);
        Assert.Equal(new[] { partner.Id, other.Id }.Order(), await ListedAsync(connection, initiative.Id));

        // As a delegate could write it before: the lead itself, a deleted organization and a repetition.
        await ExecuteAsync(connection, $"UPDATE initiatives SET participant_organization_ids = ARRAY[{partner.Id}, {lead.Id}, 987654, {partner.Id}], updated_at = '2026-11-20T10:00:00Z'");
        await db.Database.MigrateAsync();
        db.ChangeTracker.Clear();

        var after = await db.Initiatives.AsNoTracking().Include(i => i.Participants).SingleAsync();
        var invitation = Assert.Single(after.Participants);
        Assert.Equal(
            (partner.Id, ParticipationState.Invited, (Guid?)author, new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.Zero), (DateTimeOffset?)null),
            (invitation.OrganizationId, invitation.State, invitation.InvitedBy, invitation.InvitedAt, invitation.AnsweredAt));
        Assert.Empty(after.AcceptedParticipantIds);
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

    private static async Task ExecuteAsync(string connection, string sql)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand(sql, db);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int[]> ListedAsync(string connection, int initiativeId)
    {
        await using var db = new NpgsqlConnection(connection);
        await db.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT participant_organization_ids FROM initiatives WHERE id = @id", db);
        command.Parameters.AddWithValue("id", initiativeId);
        return (int[])(await command.ExecuteScalarAsync())!;
    }
}
