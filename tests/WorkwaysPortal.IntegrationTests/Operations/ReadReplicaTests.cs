using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.LocalDatabase;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.IntegrationTests.Security;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Operations;

/// <summary>The read-replica tests stop and pause their standby: a primary and a standby of their own.</summary>
[CollectionDefinition(Name)]
public sealed class ReadReplicaCollection : ICollectionFixture<ReplicationFixture>
{
    public const string Name = "Read replica";
}

/// <summary>
/// A real primary and a real streaming standby (<c>pg_basebackup -R</c>, see
/// <see cref="LocalPostgresCluster.StartStandbyAsync"/>) in temporary folders, and a portal whose
/// <c>ConnectionStrings:PortalReadOnly</c> names the standby. Replay is paused
/// (<c>pg_wal_replay_pause()</c>) to make lag that the tests can see.
/// </summary>
public sealed class ReplicationFixture : IAsyncLifetime
{
    /// <summary>Short, so that the test of its end waits little.</summary>
    public const int ReadYourWritesSeconds = 4;

    private const string Database = "workways_replica";

    public LocalPostgresCluster Primary { get; private set; } = null!;

    public LocalPostgresCluster Standby { get; private set; } = null!;

    public ConfiguredPortal App { get; private set; } = null!;

    public bool StandbyRunning { get; set; }

    public async Task InitializeAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), $"workways-replica-{Guid.NewGuid():N}"[..26]);
        Primary = await LocalPostgresCluster.StartAsync(
            new LocalPostgresOptions { Directory = root + "-primary", Ephemeral = true, Database = Database }, NullLogger.Instance);
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.Configure(options, Primary.ConnectionString);
        await using (var db = new PortalDbContext(options.Options))
        {
            await db.Database.MigrateAsync();
        }

        Standby = await Primary.StartStandbyAsync(new LocalPostgresOptions { Directory = root + "-standby", Ephemeral = true, Database = Database });
        StandbyRunning = true;

        // Npgsql tries a host it found down again after this many seconds (10 by default).
        var readOnly = new NpgsqlConnectionStringBuilder(Standby.ConnectionString) { HostRecheckSeconds = 1 }.ConnectionString;
        App = new ConfiguredPortal(Primary.ConnectionString, new Dictionary<string, string?>
        {
            ["ConnectionStrings:PortalReadOnly"] = readOnly,
            ["Database:ReadYourWritesSeconds"] = ReadYourWritesSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
    }

    public static async Task<T> ScalarAsync<T>(string connectionString, string sql, params object[] parameters)
    {
        // Unpooled: a pooled connection to the standby would be broken once it has been stopped.
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The standby stops applying the primary's changes (it still receives them): lag, on demand.</summary>
    public async Task PauseReplayAsync()
    {
        await ScalarAsync<object>(Standby.ConnectionString, "SELECT pg_wal_replay_pause()::text");
        await WaitAsync(async () => await ScalarAsync<string>(Standby.ConnectionString, "SELECT pg_get_wal_replay_pause_state()") == "paused");
    }

    /// <summary>The standby runs, replays again and has applied everything the primary has written so far.</summary>
    public async Task CatchUpAsync()
    {
        if (!StandbyRunning)
        {
            await Standby.StartServerAsync();
            StandbyRunning = true;
        }

        await ScalarAsync<object>(Standby.ConnectionString, "SELECT pg_wal_replay_resume()::text");
        // The insert position: the throwaway primary commits asynchronously, its write position may be behind.
        var written = await ScalarAsync<string>(Primary.ConnectionString, "SELECT pg_current_wal_insert_lsn()::text");
        await WaitAsync(async () => await ScalarAsync<bool>(Standby.ConnectionString, "SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn", written));
        await WaitAsync(async () => await ReadPathInRecoveryAsync());
    }

    /// <summary>Whether the portal's read path (<see cref="PortalReads"/>, as the directory, search and matching use it) is connected to a standby.</summary>
    public async Task<bool> ReadPathInRecoveryAsync()
    {
        await using var scope = App.Services.CreateAsyncScope();
        var reads = scope.ServiceProvider.GetRequiredService<PortalReads>();
        var connection = reads.Context.Database.GetDbConnection();
        await reads.Context.Database.OpenConnectionAsync();
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT pg_is_in_recovery()";
            return (bool)(await command.ExecuteScalarAsync())!;
        }
        finally
        {
            await reads.Context.Database.CloseConnectionAsync();
        }
    }

    private static async Task WaitAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The standby did not get there in 30 seconds.");
            }

            await Task.Delay(100);
        }
    }

    public async Task DisposeAsync()
    {
        if (App is not null)
        {
            await App.DisposeAsync();
        }

        if (Standby is not null)
        {
            await Standby.DisposeAsync();
        }

        if (Primary is not null)
        {
            await Primary.DisposeAsync();
        }
    }
}

/// <summary>
/// Reads that leave the primary (issue 15): the directory, search, matching and API GETs of anonymous
/// visitors come from the standby, a person who has just written reads the primary, a stopped standby
/// costs no error, and lag shows until replay catches up.
/// </summary>
[Collection(ReadReplicaCollection.Name)]
public sealed class ReadReplicaTests(ReplicationFixture replication) : IAsyncLifetime
{
    private readonly List<PortalClient> _clients = [];

    private ConfiguredPortal App => replication.App;

    private TestData Data => new(App);

    private PortalClient NewClient()
    {
        var client = new PortalClient(App);
        _clients.Add(client);
        return client;
    }

    public Task InitializeAsync() => replication.CatchUpAsync();

    private static string Unique(string name) => $"{name} {Guid.NewGuid():N}"[..(name.Length + 9)];

    private static async Task<(HttpStatusCode Status, string Body)> GetAsync(PortalClient client, string url)
    {
        using var response = await client.GetAsync(url);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    private static async Task<string?> ApiNameAsync(PortalClient client, int id)
    {
        var (status, body) = await GetAsync(client, $"/api/v1/organizations/{id}");
        if (status == HttpStatusCode.NotFound)
        {
            return null;
        }

        Assert.Equal(HttpStatusCode.OK, status);
        using var json = JsonDocument.Parse(body);
        return json.RootElement.GetProperty("name").GetString();
    }

    [Fact]
    public async Task Anonymous_reads_come_from_the_standby_and_show_its_lag_until_replay_catches_up()
    {
        var seen = await Data.VerifiedAsync(TestData.Profile(Unique("Replicated Alpha")));
        await replication.CatchUpAsync();
        Assert.True(await replication.ReadPathInRecoveryAsync());

        await replication.PauseReplayAsync();
        var late = await Data.VerifiedAsync(TestData.Profile(Unique("Lagging Bravo")));
        var anonymous = NewClient();

        // The directory (through the output cache, whose counters come from the standby too), its search and the API.
        var directory = await GetAsync(anonymous, "/Organizations");
        Assert.Equal(HttpStatusCode.OK, directory.Status);
        Assert.Contains(seen.Name, directory.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(late.Name, directory.Body, StringComparison.Ordinal);
        var search = await GetAsync(anonymous, "/Organizations?q=Lagging");
        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.DoesNotContain(late.Name, search.Body, StringComparison.Ordinal);
        var list = await GetAsync(anonymous, "/api/v1/organizations");
        Assert.Equal(HttpStatusCode.OK, list.Status);
        Assert.Contains(seen.Name, list.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(late.Name, list.Body, StringComparison.Ordinal);
        Assert.Null(await ApiNameAsync(anonymous, late.Id));
        Assert.Equal(seen.Name, await ApiNameAsync(anonymous, seen.Id));
        using (var matches = await anonymous.GetAsync($"/api/v1/organizations/{late.Id}/matches"))
        {
            Assert.Equal(HttpStatusCode.NotFound, matches.StatusCode);
        }

        // The primary has it all along.
        Assert.Equal(1L, await ReplicationFixture.ScalarAsync<long>(
            replication.Primary.ConnectionString, "SELECT count(*) FROM organizations WHERE id = $1", late.Id));

        await replication.CatchUpAsync();

        var fresh = await GetAsync(anonymous, "/Organizations");
        Assert.Contains(late.Name, fresh.Body, StringComparison.Ordinal);
        Assert.Contains(late.Name, (await GetAsync(anonymous, "/Organizations?q=Lagging")).Body, StringComparison.Ordinal);
        Assert.Contains(late.Name, (await GetAsync(anonymous, "/api/v1/organizations")).Body, StringComparison.Ordinal);
        Assert.Equal(late.Name, await ApiNameAsync(anonymous, late.Id));
        using (var matches = await anonymous.GetAsync($"/api/v1/organizations/{late.Id}/matches"))
        {
            Assert.Equal(HttpStatusCode.OK, matches.StatusCode);
        }
    }

    [Fact]
    public async Task A_person_who_just_wrote_reads_their_own_write_while_others_read_the_lagging_standby()
    {
        var owner = await Data.UserAsync($"owner-{Guid.NewGuid():N}@example.org");
        var before = Unique("Before Rename");
        var organization = await Data.PendingAsync(TestData.Profile(before), owner.Id);
        await Data.QueryAsync(async db =>
        {
            (await db.Organizations.SingleAsync(o => o.Id == organization.Id)).Verify(Guid.NewGuid(), DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        await replication.CatchUpAsync();
        await replication.PauseReplayAsync();

        var client = NewClient();
        await client.SignInAsync(owner.Email!, TestData.Password);
        var after = Unique("After Rename");
        using (var edit = await client.SubmitAsync(
                   $"/Organizations/{organization.Id}/Edit",
                   [new("Input.Name", after), new("Input.Sector", "civil-society"), new("Input.Countries", "SV"), new("Input.Description", "Renamed.")]))
        {
            Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        }

        // The writer, on the next page load and in the API: the primary.
        Assert.Equal(after, await ApiNameAsync(client, organization.Id));
        var directory = await GetAsync(client, "/Organizations");
        Assert.Contains(after, directory.Body, StringComparison.Ordinal);

        // Everyone else: the standby, which has not replayed the change.
        var anonymous = NewClient();
        Assert.Equal(before, await ApiNameAsync(anonymous, organization.Id));
        Assert.DoesNotContain(after, (await GetAsync(anonymous, "/Organizations")).Body, StringComparison.Ordinal);

        // Once the window has passed, the writer reads the standby again (still paused: the old name).
        await Task.Delay(TimeSpan.FromSeconds(ReplicationFixture.ReadYourWritesSeconds + 1));
        Assert.Equal(before, await ApiNameAsync(client, organization.Id));

        await replication.CatchUpAsync();
        Assert.Equal(after, await ApiNameAsync(anonymous, organization.Id));
    }

    [Fact]
    public async Task When_the_standby_stops_reads_fall_back_to_the_primary_without_an_error_and_return_when_it_is_back()
    {
        var before = await Data.VerifiedAsync(TestData.Profile(Unique("Before Outage")));
        await replication.CatchUpAsync();
        var anonymous = NewClient();

        // Connections to the standby are open in the pools when it stops.
        Assert.Contains(before.Name, (await GetAsync(anonymous, "/Organizations")).Body, StringComparison.Ordinal);
        Assert.Equal(before.Name, await ApiNameAsync(anonymous, before.Id));

        await replication.Standby.StopServerAsync();
        replication.StandbyRunning = false;
        var during = await Data.VerifiedAsync(TestData.Profile(Unique("During Outage")));

        var directory = await GetAsync(anonymous, "/Organizations");
        Assert.Equal(HttpStatusCode.OK, directory.Status);
        Assert.Contains(during.Name, directory.Body, StringComparison.Ordinal);
        var search = await GetAsync(anonymous, "/Organizations?q=During");
        Assert.Equal(HttpStatusCode.OK, search.Status);
        Assert.Contains(during.Name, search.Body, StringComparison.Ordinal);
        Assert.Equal(during.Name, await ApiNameAsync(anonymous, during.Id));
        using (var matches = await anonymous.GetAsync($"/api/v1/organizations/{during.Id}/matches"))
        {
            Assert.Equal(HttpStatusCode.OK, matches.StatusCode);
        }

        Assert.False(await replication.ReadPathInRecoveryAsync());

        // Back: Npgsql tries the standby again (Host Recheck Seconds) and the reads leave the primary.
        await replication.CatchUpAsync();
        Assert.True(await replication.ReadPathInRecoveryAsync());
        Assert.Equal(during.Name, await ApiNameAsync(anonymous, during.Id));
    }

    public async Task DisposeAsync()
    {
        foreach (var client in _clients)
        {
            client.Dispose();
        }

        await replication.CatchUpAsync();
    }
}

/// <summary>What the portal makes of <c>ConnectionStrings:PortalReadOnly</c>.</summary>
public sealed class ReadReplicaConnectionStringTests
{
    [Fact]
    public void The_primarys_hosts_follow_the_standbys_and_a_standby_is_preferred()
    {
        var built = new NpgsqlConnectionStringBuilder(ReadReplica.ConnectionStringFor(
            "Host=standby;Port=5433;Username=portal_reader;Password=r;Database=workways",
            "Host=primary;Username=portal;Password=p;Database=workways"));

        Assert.Equal("standby:5433,primary:5432", built.Host);
        Assert.Equal("prefer-standby", built.TargetSessionAttributes);
        Assert.Equal("portal_reader", built.Username);
        Assert.Equal("-c random_page_cost=1.1", built.Options);
    }

    [Fact]
    public void A_primary_already_listed_is_not_repeated_and_an_explicit_target_session_wins()
    {
        var built = new NpgsqlConnectionStringBuilder(ReadReplica.ConnectionStringFor(
            "Host=standby-a,standby-b:5433,primary:5432;Target Session Attributes=standby",
            "Host=primary;Port=5432"));

        Assert.Equal("standby-a:5432,standby-b:5433,primary:5432", built.Host);
        Assert.Equal("standby", built.TargetSessionAttributes);
    }
}
