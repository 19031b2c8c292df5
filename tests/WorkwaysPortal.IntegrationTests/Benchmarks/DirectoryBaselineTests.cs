using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.TestHost;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Benchmarks;

/// <summary>
/// The raw-Npgsql baseline of the directory page (tests/WorkwaysPortal.TestHost), added to the portal
/// as scripts/load-test.sh adds it: the same rows as the page, encoded. (The shipped portal has no
/// such address: Deployment/ShippedPortalTests.)
/// </summary>
public sealed partial class DirectoryBaselineTests(PortalDatabaseFixture database) : ProposalTest(database), IDisposable
{
    private readonly BenchmarkPortalFactory _benchmark = new(database.ConnectionString);

    [Theory]
    [InlineData("")]
    [InlineData("?sector=civil-society&country=GT")]
    [InlineData("?capability=legal-aid")]
    [InlineData("?q=migrants")]
    [InlineData("?page=2")]
    public async Task The_baseline_lists_the_same_organizations_in_the_same_order_as_the_directory(string query)
    {
        for (var i = 0; i < 30; i++)
        {
            var profile = TestData.Profile(
                $"Network {i:00}", i % 3 == 0 ? "government" : "civil-society", [i % 2 == 0 ? "GT" : "MX"], i % 4 == 0 ? ["legal-aid"] : [],
                description: i % 5 == 0 ? "Accompanies migrants on the way." : "Runs training courses.");
            await Data.VerifiedAsync(profile);
        }

        var page = await NewClient().GetPageAsync("/Organizations" + query);
        using var baseline = new PortalClient(_benchmark);
        var rows = await baseline.GetPageAsync(DirectoryBaseline.Path + query);

        var expected = PageIds().Matches(page).Select(m => m.Groups[1].Value).ToList();
        var actual = BaselineIds().Matches(rows).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task The_baseline_encodes_what_organizations_wrote()
    {
        await Data.VerifiedAsync(TestData.Profile("<script>alert(1)</script> Network", description: "<img src=x onerror=alert(1)>"));
        using var baseline = new PortalClient(_benchmark);

        var rows = await baseline.GetPageAsync(DirectoryBaseline.Path);

        Assert.DoesNotContain("<script>", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", rows, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Network", rows, StringComparison.Ordinal);
    }

    public void Dispose() => _benchmark.Dispose();

    [GeneratedRegex("data-testid=\"organization\">\\s*<div class=\"card-body\">\\s*<h3[^>]*>\\s*<a href=\"/Organizations/(\\d+)\"")]
    private static partial Regex PageIds();

    [GeneratedRegex("<tr><td>(\\d+)</td>")]
    private static partial Regex BaselineIds();

    private sealed class BenchmarkPortalFactory(string connectionString) : PortalFactory(connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddTestEndpoints());
        }
    }
}
