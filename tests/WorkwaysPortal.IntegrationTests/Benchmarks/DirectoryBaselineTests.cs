using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Benchmarks;

/// <summary>The raw-Npgsql baseline of the directory page: off unless configured, and the same rows when on.</summary>
public sealed partial class DirectoryBaselineTests(PortalDatabaseFixture database) : ProposalTest(database), IDisposable
{
    private readonly BenchmarkPortalFactory _enabled = new(database.ConnectionString);

    [Fact]
    public async Task The_baseline_does_not_exist_unless_benchmarks_are_enabled()
    {
        using var response = await NewClient().GetAsync("/benchmarks/directory");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?sector=civil-society&country=GT")]
    [InlineData("?capability=legal-aid")]
    [InlineData("?q=migrants")]
    [InlineData("?page=2")]
    public async Task When_enabled_the_baseline_lists_the_same_organizations_in_the_same_order_as_the_directory(string query)
    {
        for (var i = 0; i < 30; i++)
        {
            var profile = TestData.Profile(
                $"Network {i:00}", i % 3 == 0 ? "government" : "civil-society", [i % 2 == 0 ? "GT" : "MX"], i % 4 == 0 ? ["legal-aid"] : [],
                description: i % 5 == 0 ? "Accompanies migrants on the way." : "Runs training courses.");
            await Data.VerifiedAsync(profile);
        }

        var page = await NewClient().GetPageAsync("/Organizations" + query);
        using var baseline = new PortalClient(_enabled);
        var rows = await baseline.GetPageAsync("/benchmarks/directory" + query);

        var expected = PageIds().Matches(page).Select(m => m.Groups[1].Value).ToList();
        var actual = BaselineIds().Matches(rows).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public async Task When_enabled_the_baseline_encodes_what_organizations_wrote()
    {
        await Data.VerifiedAsync(TestData.Profile("<script>alert(1)</script> Network", description: "<img src=x onerror=alert(1)>"));
        using var baseline = new PortalClient(_enabled);

        var rows = await baseline.GetPageAsync("/benchmarks/directory");

        Assert.DoesNotContain("<script>", rows, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", rows, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt; Network", rows, StringComparison.Ordinal);
    }

    public void Dispose() => _enabled.Dispose();

    [GeneratedRegex("data-testid=\"organization\">\\s*<div class=\"card-body\">\\s*<h3[^>]*>\\s*<a href=\"/Organizations/(\\d+)\"")]
    private static partial Regex PageIds();

    [GeneratedRegex("<tr><td>(\\d+)</td>")]
    private static partial Regex BaselineIds();

    private sealed class BenchmarkPortalFactory(string connectionString) : PortalFactory(connectionString)
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Benchmarks:Enabled", "true");
        }
    }
}
