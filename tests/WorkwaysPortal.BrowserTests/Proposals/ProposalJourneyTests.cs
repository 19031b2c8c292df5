using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.BrowserTests.Proposals;

/// <summary>
/// The whole proposal journey in headless Chromium: a delegate drafts and submits, a moderator
/// requests changes, the delegate resubmits, the moderator approves, and both organizations show
/// the partnership — in English and in Spanish, without a single console error.
/// </summary>
public sealed class ProposalJourneyTests : IAsyncLifetime
{
    private readonly PortalDatabaseFixture _database = new();
    private BrowserPortalFactory App { get; set; } = null!;
    private IPlaywright _playwright = null!;
    private IBrowser _browser = null!;
    private string _baseUrl = "";

    public async Task InitializeAsync()
    {
        await _database.InitializeAsync();
        App = new BrowserPortalFactory(_database.ConnectionString);
        App.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        App.StartServer();
        _baseUrl = App.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
        });
    }

    public async Task DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
        await App.DisposeAsync();
        await _database.DisposeAsync();
    }

    private sealed class Visitor(IBrowserContext context, IPage page, List<string> errors)
    {
        public IBrowserContext Context { get; } = context;
        public IPage Page { get; } = page;
        public List<string> Errors { get; } = errors;
    }

    private async Task<Visitor> VisitorAsync(string culture, string? email = null)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = _baseUrl });
        var page = await context.NewPageAsync();
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync($"/?culture={culture}");
        if (email is not null)
        {
            await page.GotoAsync("/Account/Login");
            await page.FillAsync("input[name='Input.Email']", email);
            await page.FillAsync("input[name='Input.Password']", TestData.Password);
            await page.ClickAsync("main form button[type='submit']");
            await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        }

        return new Visitor(context, page, errors);
    }

    private async Task<Organization> OrganizationAsync(string name, Guid? delegateId)
    {
        await using var scope = App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var organization = Organization.Imported(TestData.Profile(name), DateTimeOffset.UtcNow);
        if (delegateId is { } id)
        {
            organization.AddMember(id, DateTimeOffset.UtcNow);
        }

        db.Organizations.Add(organization);
        await db.SaveChangesAsync();
        return organization;
    }

    [Theory]
    [InlineData("en", "Approved", "Partnerships")]
    [InlineData("es", "Aprobada", "Alianzas")]
    public async Task A_proposal_goes_from_draft_to_partnership(string culture, string approved, string partnerships)
    {
        await _database.ResetAsync();
        var data = new TestData(App);
        var author = await data.UserAsync($"author-{culture}@example.org");
        await data.UserAsync($"moderator-{culture}@example.org", Roles.Moderator);
        var proposer = await OrganizationAsync($"Proposer {culture}", author.Id);
        var partner = await OrganizationAsync($"Partner {culture}", null);
        var delegateVisitor = await VisitorAsync(culture, author.Email);
        var moderatorVisitor = await VisitorAsync(culture, $"moderator-{culture}@example.org");
        var anonymous = await VisitorAsync(culture);
        var page = delegateVisitor.Page;
        var moderation = moderatorVisitor.Page;

        await page.GotoAsync($"/Organizations/{proposer.Id}/Proposals/New?to={partner.Id}");
        await page.FillAsync("input[name='Input.Title']", "Refugee nurses into jobs");
        await page.FillAsync("textarea[name='Input.Rationale']", "They place nurses; we train them.");
        await page.ClickAsync("button[formaction*='handler=Submit']");
        await page.WaitForURLAsync(url => url.Contains("/Proposals/", StringComparison.Ordinal) && !url.Contains("New", StringComparison.Ordinal));
        var proposalUrl = new Uri(page.Url).AbsolutePath;

        await moderation.GotoAsync("/Moderation");
        await moderation.ClickAsync("[data-testid='queue-proposal'] a");
        await moderation.FillAsync("textarea[name='Input.ChangesReason']", "Add the dates.");
        await moderation.ClickAsync("form[action*='handler=RequestChanges'] button[type='submit']");
        await moderation.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Moderation");

        await page.GotoAsync($"{proposalUrl}/Edit");
        Assert.Contains("Add the dates.", await page.ContentAsync(), StringComparison.Ordinal);
        await page.FillAsync("textarea[name='Input.Rationale']", "They place nurses; we train them from March to June.");
        await page.ClickAsync("button[formaction*='handler=Submit']");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == proposalUrl);

        await moderation.GotoAsync("/Moderation");
        await moderation.ClickAsync("[data-testid='queue-proposal'] a");
        await moderation.ClickAsync("form[action*='handler=Approve'] button[type='submit']");
        await moderation.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Moderation");

        await page.GotoAsync(proposalUrl);
        Assert.Equal(approved, await page.InnerTextAsync("[data-testid='proposal-state']"));
        Assert.Equal(6, await page.Locator("[data-testid='history-entry']").CountAsync());
        foreach (var id in new[] { proposer.Id, partner.Id })
        {
            await anonymous.Page.GotoAsync($"/Organizations/{id}");
            Assert.Contains(partnerships, await anonymous.Page.InnerTextAsync("[data-testid='partnerships'] h2"), StringComparison.Ordinal);
            Assert.Contains("Refugee nurses into jobs", await anonymous.Page.InnerTextAsync("[data-testid='partnership']"), StringComparison.Ordinal);
        }

        var errors = delegateVisitor.Errors.Concat(moderatorVisitor.Errors).Concat(anonymous.Errors).ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        foreach (var visitor in new[] { delegateVisitor, moderatorVisitor, anonymous })
        {
            await visitor.Context.DisposeAsync();
        }
    }
}

/// <summary>The portal on a real port, serving its static files from the project like <c>dotnet run</c> does.</summary>
internal sealed class BrowserPortalFactory(string connectionString) : PortalFactory(connectionString)
{
    protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Microsoft.AspNetCore.Hosting.WebHostBuilderExtensions.UseStaticWebAssets(builder);
    }
}
