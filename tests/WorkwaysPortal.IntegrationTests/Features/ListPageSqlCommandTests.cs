using System.Collections.Concurrent;
using System.Data.Common;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Proposals;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features;

/// <summary>
/// No N+1: the number of SQL commands a list page sends does not depend on how many rows it shows.
/// Each page is opened with one row and with a full page of rows, and both counts must be equal.
/// </summary>
public sealed class ListPageSqlCommandTests(PortalDatabaseFixture database) : ProposalTest(database), IDisposable
{
    private const int ManyRows = 25;
    private readonly CountingPortalFactory _counting = new(database.ConnectionString);

    [Fact]
    public async Task The_directory_sends_as_many_commands_for_one_organization_as_for_a_full_page()
    {
        await OrganizationAsync("Organization 00");
        var one = await CountAsync(null, "/Organizations?sector=civil-society");
        for (var i = 1; i < ManyRows; i++)
        {
            await OrganizationAsync($"Organization {i:00}");
        }

        var many = await CountAsync(null, "/Organizations?sector=civil-society");

        Assert.True(one > 0);
        Assert.Equal(one, many);
    }

    [Fact]
    public async Task The_list_of_initiatives_sends_as_many_commands_for_one_initiative_as_for_a_full_page()
    {
        var lead = await OrganizationAsync("Lead Organization");
        var partner = await OrganizationAsync("Partner Organization");
        await Data.InitiativeAsync(lead.Id, WorkTestData.NewInitiative("Initiative 00", participants: [partner.Id]));
        var one = await CountAsync(null, "/Initiatives");
        for (var i = 1; i < ManyRows; i++)
        {
            await Data.InitiativeAsync(lead.Id, WorkTestData.NewInitiative($"Initiative {i:00}", participants: [partner.Id]));
        }

        var many = await CountAsync(null, "/Initiatives");

        Assert.Equal(one, many);
    }

    [Fact]
    public async Task The_list_of_gaps_sends_as_many_commands_for_one_gap_as_for_a_full_page()
    {
        var organization = await OrganizationAsync("Raising Organization");
        await Data.GapAsync(organization.Id, WorkTestData.NewGap("Gap 00"));
        var one = await CountAsync(null, "/Gaps");
        for (var i = 1; i < ManyRows; i++)
        {
            await Data.GapAsync(organization.Id, WorkTestData.NewGap($"Gap {i:00}"));
        }

        var many = await CountAsync(null, "/Gaps");

        Assert.Equal(one, many);
    }

    [Fact]
    public async Task My_proposals_send_as_many_commands_for_one_proposal_as_for_many()
    {
        var author = await Data.UserAsync("author@example.org");
        var proposer = await OrganizationAsync("Proposer Organization", delegates: author.Id);
        var partners = new[] { (await OrganizationAsync("Partner A")).Id, (await OrganizationAsync("Partner B")).Id };
        await ProposalAsync(proposer.Id, author.Id, partners, title: "Proposal 00");
        var one = await CountAsync("author@example.org", "/Proposals");
        for (var i = 1; i < ManyRows; i++)
        {
            await ProposalAsync(proposer.Id, author.Id, partners, ProposalState.Submitted, title: $"Proposal {i:00}");
        }

        var many = await CountAsync("author@example.org", "/Proposals");

        Assert.Equal(one, many);
    }

    [Fact]
    public async Task The_moderation_queue_sends_as_many_commands_for_one_item_as_for_a_full_page()
    {
        await Data.UserAsync("moderator@example.org", Roles.Moderator);
        var author = await Data.UserAsync("author@example.org");
        var proposer = await OrganizationAsync("Proposer Organization", delegates: author.Id);
        var partners = new[] { (await OrganizationAsync("Partner A")).Id, (await OrganizationAsync("Partner B")).Id };
        await ProposalAsync(proposer.Id, author.Id, partners, ProposalState.Submitted, title: "Proposal 00");
        var one = await CountAsync("moderator@example.org", "/Moderation");
        for (var i = 1; i < ManyRows; i++)
        {
            await ProposalAsync(proposer.Id, author.Id, partners, ProposalState.Submitted, title: $"Proposal {i:00}");
            await Data.PendingAsync(TestData.Profile($"Pending Organization {i:00}"), author.Id);
        }

        var many = await CountAsync("moderator@example.org", "/Moderation");

        Assert.Equal(one, many);
    }

    public void Dispose() => _counting.Dispose();

    /// <summary>The SQL commands EF Core sends while the portal answers one GET (signed in when an email is given).</summary>
    private async Task<int> CountAsync(string? email, string url)
    {
        using var client = new PortalClient(_counting);
        if (email is not null)
        {
            await client.SignInAsync(email, TestData.Password);
        }

        // A first visit fills the in-memory caches (taxonomy), which later visits do not query again.
        using (var warmUp = await client.GetAsync(url))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, warmUp.StatusCode);
        }

        var key = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add(SqlCommandCounter.Header, key);
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return _counting.Counter.Count(key);
    }

    /// <summary>The portal with an EF Core interceptor that counts commands per request marked with a header.</summary>
    private sealed class CountingPortalFactory(string connectionString) : PortalFactory(connectionString)
    {
        public SqlCommandCounter Counter { get; } = new();

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);

            // Nothing is served from the output cache: every request runs its queries.
            builder.UseSetting("OutputCache:Enabled", "false");
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(Counter);
                services.ConfigureDbContext<PortalDbContext>((provider, options) =>
                {
                    Counter.Requests = provider.GetRequiredService<IHttpContextAccessor>();
                    options.AddInterceptors(Counter);
                });
            });
        }
    }

    private sealed class SqlCommandCounter : DbCommandInterceptor
    {
        public const string Header = "X-Count-Sql";
        private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

        public IHttpContextAccessor? Requests { get; set; }

        public int Count(string key) => _counts.GetValueOrDefault(key);

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Add();
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Add();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Add();
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Add();
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Add();
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Add();
            return ValueTask.FromResult(result);
        }

        private void Add()
        {
            var key = Requests?.HttpContext?.Request.Headers[Header].ToString();
            if (!string.IsNullOrEmpty(key))
            {
                _counts.AddOrUpdate(key, 1, (_, n) => n + 1);
            }
        }
    }
}
