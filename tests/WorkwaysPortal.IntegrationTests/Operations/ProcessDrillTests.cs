using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.LocalDatabase;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.TestHost;
using WorkwaysPortal.Testing;
using Xunit.Abstractions;

namespace WorkwaysPortal.IntegrationTests.Operations;

/// <summary>The process drills start and kill real portal processes: a PostgreSQL cluster of their own.</summary>
[CollectionDefinition(Name)]
public sealed class ProcessDrillCollection
{
    public const string Name = "Process drills";
}

/// <summary>
/// The portal as a real process (the built WorkwaysPortal.Web.dll) over a throwaway database:
/// killed with SIGKILL in the middle of a burst of proposal submissions, then restarted; and stopped
/// with SIGTERM while a request is in flight (the slow request of <see cref="ShutdownDrill"/>, added
/// to that process only). Their output is recorded in docs/operations.md.
/// </summary>
[Collection(ProcessDrillCollection.Name)]
public sealed class ProcessDrillTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Submissions = 120;
    private const int Concurrency = 6;
    private const int KillAfterSuccesses = 12;
    private LocalPostgresCluster _cluster = null!;

    public async Task InitializeAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"workways-drill-{Guid.NewGuid():N}"[..24]);
        _cluster = await LocalPostgresCluster.StartAsync(
            new LocalPostgresOptions { Directory = directory, Ephemeral = true, Database = "workways_drill" },
            NullLogger.Instance);
        await using var db = NewDbContext();
        await db.Database.MigrateAsync();
    }

    private PortalDbContext NewDbContext()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.Configure(options, _cluster.ConnectionString);
        return new PortalDbContext(options.Options);
    }

    private void Log(string line) => output.WriteLine(line);

    /// <summary>A delegate of a verified organization, another organization to invite, and a moderator to notify.</summary>
    private async Task<(int ProposerId, int PartnerId)> CastAsync()
    {
        await using var app = new PortalFactory(_cluster.ConnectionString);
        var data = new TestData(app);
        var author = await data.UserAsync("author@example.org");
        await data.UserAsync("moderator@example.org", Roles.Moderator);
        var now = DateTimeOffset.UtcNow;
        var proposer = Organization.Imported(TestData.Profile("Proposer Network"), now);
        proposer.AddMember(author.Id, now);
        var partner = Organization.Imported(TestData.Profile("Invited Agency"), now);
        await using var db = NewDbContext();
        db.Organizations.AddRange(proposer, partner);
        await db.SaveChangesAsync();
        return (proposer.Id, partner.Id);
    }

    private static async Task<string> BearerTokenAsync(HttpClient http)
    {
        using var response = await http.PostAsJsonAsync("api/v1/auth/token", new { email = "author@example.org", password = TestData.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
    }

    [Fact]
    public async Task After_a_SIGKILL_in_a_burst_of_submissions_every_acknowledged_proposal_is_complete_and_none_is_half_written()
    {
        var (proposerId, partnerId) = await CastAsync();
        var portal = await PortalProcess.StartAsync(_cluster.ConnectionString);
        Log($"portal pid {portal.Id} listening on {portal.Address}");
        using var http = new HttpClient { BaseAddress = portal.Address };
        var token = await BearerTokenAsync(http);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);

        var acknowledged = new ConcurrentBag<int>();
        var otherStatuses = new ConcurrentBag<HttpStatusCode>();
        var broken = 0;
        var next = 0;
        var killed = 0;
        async Task SubmitLoopAsync()
        {
            while (Interlocked.Increment(ref next) is var n && n <= Submissions)
            {
                try
                {
                    using var response = await http.PostAsJsonAsync("api/v1/proposals", new
                    {
                        proposerOrganizationId = proposerId,
                        title = $"Drill proposal {n}",
                        rationale = "Submitted during the SIGKILL drill.",
                        proposerContribution = "Courses.",
                        partners = new[] { new { organizationId = partnerId, contribution = "Placement." } },
                        submit = true,
                    });
                    if (response.StatusCode == HttpStatusCode.Created)
                    {
                        acknowledged.Add((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt32());
                    }
                    else
                    {
                        otherStatuses.Add(response.StatusCode);
                    }
                }
                catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
                {
                    Interlocked.Increment(ref broken);
                }

                if ((acknowledged.Count >= KillAfterSuccesses || otherStatuses.Count + acknowledged.Count >= Submissions / 2)
                    && Interlocked.Exchange(ref killed, 1) == 0)
                {
                    await portal.KillAsync();
                    Log($"SIGKILL sent after {acknowledged.Count} acknowledged submissions; process exited: {portal.HasExited}");
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Concurrency).Select(_ => Task.Run(SubmitLoopAsync)));
        Log($"burst: {Submissions} submissions, {acknowledged.Count} acknowledged (201), {otherStatuses.Count} other statuses, {broken} broken by the kill");
        Assert.Equal(1, killed);
        Assert.Empty(otherStatuses);

        await using var restarted = await PortalProcess.StartAsync(_cluster.ConnectionString);
        Log($"restarted: pid {restarted.Id} listening on {restarted.Address}");

        // The bearer token issued by the killed process is still valid: the key ring is in PostgreSQL.
        using var after = new HttpClient { BaseAddress = restarted.Address };
        after.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        foreach (var id in acknowledged)
        {
            using var response = await after.GetAsync(new Uri($"api/v1/proposals/{id}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // Submitted: it now waits for its partner's answer before moderation.
            Assert.Equal("awaiting-partners", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("state").GetString());
        }

        await using var db = NewDbContext();
        var audited = (await db.AuditEvents.AsNoTracking()
                .Where(e => e.SubjectType == AuditSubjects.Proposal && (e.Action == AuditActions.ProposalDrafted || e.Action == AuditActions.ProposalSubmitted))
                .Select(e => e.SubjectId)
                .ToListAsync())
            .CountBy(subject => int.Parse(subject, CultureInfo.InvariantCulture))
            .ToDictionary();
        var notified = (await db.Notifications.AsNoTracking()
                .Where(n => n.ProposalId != null)
                .Select(n => n.ProposalId!.Value)
                .ToListAsync())
            .CountBy(id => id)
            .ToDictionary();
        var stored = (await db.Proposals.AsNoTracking()
                .Select(p => new { p.Id, p.State, Targets = p.Targets.Count })
                .ToListAsync())
            .Select(p => new { p.Id, p.State, p.Targets, Audit = audited.GetValueOrDefault(p.Id), Notified = notified.GetValueOrDefault(p.Id) })
            .ToList();
        // Submitted, each waits for its partner's answer; whatever notifications a submission makes, every proposal has the same number.
        var notifications = stored.Select(p => p.Notified).DefaultIfEmpty(0).Max();
        var halfWritten = stored.Where(p => p.State != ProposalState.AwaitingPartners || p.Targets != 1 || p.Audit != 2 || p.Notified != notifications).ToList();
        Log($"after restart: {stored.Count} proposals in the database, {acknowledged.Count} acknowledged, " +
            $"{stored.Count - acknowledged.Count} committed but unacknowledged (reply lost in the kill), {halfWritten.Count} half-written");

        Assert.Subset(stored.Select(p => p.Id).ToHashSet(), acknowledged.ToHashSet());
        Assert.Empty(halfWritten);
    }

    [Fact]
    public async Task On_SIGTERM_a_request_in_flight_finishes_before_the_portal_exits()
    {
        var portal = await PortalProcess.StartAsync(_cluster.ConnectionString, withTestEndpoints: true);
        Log($"portal pid {portal.Id} listening on {portal.Address}");
        using var http = new HttpClient { BaseAddress = portal.Address };
        using var response = await http.GetAsync(new Uri(ShutdownDrill.Path + "?milliseconds=3000", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        Assert.Equal("started", await reader.ReadLineAsync());

        await portal.TerminateAsync();
        Log("SIGTERM sent while the slow request was in flight");
        var rest = await reader.ReadToEndAsync();
        await portal.WaitForExitAsync();

        Log($"the request finished with: {rest.Trim()}");
        Log($"the portal exited with code {portal.ExitCode}");
        Assert.StartsWith("finished after 3000 ms", rest, StringComparison.Ordinal);
        Assert.Equal(0, portal.ExitCode);
        Assert.Contains("Application is shutting down", portal.Output, StringComparison.Ordinal);
        await portal.DisposeAsync();
    }

    public async Task DisposeAsync() => await _cluster.DisposeAsync();
}
