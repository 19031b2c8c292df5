using System.Net;
using Microsoft.Extensions.Configuration;
using WorkwaysPortal.Cli;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Infrastructure.Caching;

/// <summary>
/// Anonymous directory and organization pages come from the output cache, and every change to
/// organizations (edit, verification, import) or to their work is seen at once by every instance on
/// the same database: here a second portal instance beside the shared one.
/// </summary>
public sealed class PublicPageCacheTests(PortalDatabaseFixture database) : ProposalTest(database), IDisposable
{
    private readonly PortalFactory _second = new(database.ConnectionString);

    [Fact]
    public async Task An_anonymous_directory_page_is_served_from_the_cache_the_second_time()
    {
        await OrganizationAsync("Cached Organization");

        var (first, firstFromCache) = await GetAsync(NewClient(), "/Organizations");
        var (second, secondFromCache) = await GetAsync(NewClient(), "/Organizations");

        Assert.False(firstFromCache);
        Assert.True(secondFromCache);
        Assert.Equal(first, second);
        Assert.Contains("Cached Organization", second, StringComparison.Ordinal);

        // A page shared by every visitor holds no one's antiforgery token (the language switch is a GET form).
        Assert.DoesNotContain("__RequestVerificationToken", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signed_in_visitor_is_never_served_from_the_cache()
    {
        await OrganizationAsync("Cached Organization");
        var member = await SignedInAsync("member@example.org");

        await GetAsync(member, "/Organizations");
        var (_, fromCache) = await GetAsync(member, "/Organizations");

        Assert.False(fromCache);
    }

    [Fact]
    public async Task A_spanish_visitor_does_not_get_the_cached_english_page()
    {
        await OrganizationAsync("Cached Organization");
        await GetAsync(NewClient(), "/Organizations");
        var spanish = NewClient();
        await spanish.GetPageAsync("/Organizations?culture=es");

        var (html, _) = await GetAsync(spanish, "/Organizations");

        Assert.Contains("Directorio de organizaciones", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Editing_an_organization_on_one_instance_refreshes_the_cached_pages_of_the_other()
    {
        var organization = await OrganizationAsync("Old Name Network");
        var url = $"/Organizations/{organization.Id}";
        await WarmBothAsync("/Organizations", url);
        var admin = await SignedInAsync("admin@example.org", Roles.Admin);

        using var response = await admin.SubmitAsync(
            $"{url}/Edit",
            [new("Input.Name", "New Name Network"), new("Input.Sector", "civil-society"), new("Input.Countries", "GT"), new("Input.Description", "Works with migrants.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertBothShowAsync("/Organizations", "New Name Network", "Old Name Network");
        await AssertBothShowAsync(url, "New Name Network", "Old Name Network");
    }

    [Fact]
    public async Task Verifying_an_organization_on_one_instance_lists_it_on_the_other()
    {
        var delegateUser = await Data.UserAsync("delegate@example.org");
        var pending = await Data.PendingAsync(TestData.Profile("Newly Verified Network"), delegateUser.Id);
        await OrganizationAsync("Already Listed Network");
        await WarmBothAsync("/Organizations");
        var moderator = await SignedInAsync("moderator@example.org", Roles.Moderator);
        var review = $"/Moderation/Organizations/Review/{pending.Id}";

        using var response = await moderator.SubmitAsync(review, [], $"{review}?handler=Verify");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await AssertBothShowAsync("/Organizations", "Newly Verified Network");
    }

    [Fact]
    public async Task Importing_organizations_with_the_command_line_refreshes_the_cached_pages_of_every_instance()
    {
        await OrganizationAsync("Already Listed Network");
        await WarmBothAsync("/Organizations");
        var file = Path.Combine(Path.GetTempPath(), $"workways-cache-import-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(
            file,
            "name,acronym,sector,countries,offers,seeks,languages,website,description\n" +
            "Imported Network,,civil-society,GT,legal-aid,,es,,Accompanies migrants.\n");
        try
        {
            var configuration = new ConfigurationBuilder()
                .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Portal"] = Database.ConnectionString })
                .Build();
            await using var output = new StringWriter();
            await using var error = new StringWriter();
            var exitCode = await CliApp.RunAsync(["import", "organizations", file], configuration, TextReader.Null, output, error, CancellationToken.None);
            Assert.Equal(0, exitCode);
        }
        finally
        {
            File.Delete(file);
        }

        await AssertBothShowAsync("/Organizations", "Imported Network");
    }

    [Fact]
    public async Task A_new_initiative_refreshes_the_cached_page_of_its_organization()
    {
        var organization = await OrganizationAsync("Leading Network");
        var url = $"/Organizations/{organization.Id}";
        await WarmBothAsync(url);

        await Data.InitiativeAsync(organization.Id, WorkTestData.NewInitiative("Fresh Initiative"));

        await AssertBothShowAsync(url, "Fresh Initiative");
    }

    public void Dispose() => _second.Dispose();

    /// <summary>Both instances have the pages in their caches (the second request of each is a hit).</summary>
    private async Task WarmBothAsync(params string[] urls)
    {
        foreach (var app in new[] { App, _second })
        {
            foreach (var url in urls)
            {
                using var client = new PortalClient(app);
                await GetAsync(client, url);
                var (_, fromCache) = await GetAsync(client, url);
                Assert.True(fromCache, $"{url} was not cached.");
            }
        }
    }

    private async Task AssertBothShowAsync(string url, string expected, string? gone = null)
    {
        foreach (var app in new[] { App, _second })
        {
            using var client = new PortalClient(app);
            var (html, _) = await GetAsync(client, url);
            Assert.Contains(expected, html, StringComparison.Ordinal);
            if (gone is not null)
            {
                Assert.DoesNotContain(gone, html, StringComparison.Ordinal);
            }
        }
    }

    /// <summary>The page, and whether it came from the output cache (which adds an Age header).</summary>
    private static async Task<(string Html, bool FromCache)> GetAsync(PortalClient client, string url)
    {
        using var response = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadAsStringAsync(), response.Headers.Age is not null);
    }
}
