using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.LocalDatabase;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Operations;

/// <summary>The outage tests stop their database: they get a PostgreSQL cluster of their own.</summary>
[CollectionDefinition(Name)]
public sealed class DatabaseOutageCollection
{
    public const string Name = "Database outage";
}

/// <summary>
/// PostgreSQL stopped while the portal runs (pg_ctl stop on a throwaway cluster of this class, so
/// the other tests keep theirs): friendly 503s, a failing readiness probe, a live process, and a
/// portal that recovers by itself once PostgreSQL is back.
/// </summary>
[Collection(DatabaseOutageCollection.Name)]
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private LocalPostgresCluster _cluster = null!;
    private PortalFactory? _app;

    private PortalFactory App => _app ??= new PortalFactory(_cluster.ConnectionString);

    public async Task InitializeAsync()
    {
        var directory = Path.Combine(Path.GetTempPath(), $"workways-outage-{Guid.NewGuid():N}"[..24]);
        _cluster = await LocalPostgresCluster.StartAsync(
            new LocalPostgresOptions { Directory = directory, Ephemeral = true, Database = "workways_outage" },
            NullLogger.Instance);
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        DataServiceCollectionExtensions.Configure(options, _cluster.ConnectionString);
        await using (var db = new PortalDbContext(options.Options))
        {
            await db.Database.MigrateAsync();
        }

        await new TestData(App).VerifiedAsync(TestData.Profile("Red Jesuita con Migrantes"));
    }

    private static async Task<(HttpStatusCode Status, string Body, HttpResponseMessage Response)> GetAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync(), response);
    }

    [Fact]
    public async Task While_PostgreSQL_is_stopped_pages_and_the_API_answer_503_and_the_portal_recovers_when_it_is_back()
    {
        using var client = new PortalClient(App).Http;
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/Organizations")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/api/v1/organizations")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/ready")).Status);

        await _cluster.StopServerAsync();

        var page = await GetAsync(client, "/Organizations");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.Status);
        Assert.Contains("The portal is temporarily unavailable", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", page.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", page.Body, StringComparison.Ordinal);
        Assert.Equal("30", page.Response.Headers.RetryAfter?.ToString());

        var spanish = await GetAsync(client, "/Organizations?culture=es");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, spanish.Status);
        Assert.Contains("El portal no está disponible por el momento", spanish.Body, StringComparison.Ordinal);

        var api = await GetAsync(client, "/api/v1/organizations?culture=en");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.Status);
        Assert.Equal("application/problem+json", api.Response.Content.Headers.ContentType?.MediaType);
        using (var problem = JsonDocument.Parse(api.Body))
        {
            Assert.Equal(503, problem.RootElement.GetProperty("status").GetInt32());
            Assert.Equal("The portal is temporarily unavailable", problem.RootElement.GetProperty("title").GetString());
            Assert.False(problem.RootElement.TryGetProperty("exception", out _));
        }

        Assert.DoesNotContain("Npgsql", api.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await GetAsync(client, "/health/ready")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/live")).Status);

        await _cluster.StartServerAsync();

        // No restart of the portal: the next requests reach the database again.
        var back = await GetAsync(client, "/Organizations?culture=en");
        Assert.Equal(HttpStatusCode.OK, back.Status);
        Assert.Contains("Red Jesuita con Migrantes", back.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/api/v1/organizations")).Status);
        Assert.Equal(HttpStatusCode.OK, (await GetAsync(client, "/health/ready")).Status);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }

        await _cluster.DisposeAsync();
    }
}
