using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.BrowserTests.Proposals;

/// <summary>
/// The whole proposal journey in headless Chromium: a delegate drafts and submits, the partner's
/// delegate accepts, a moderator requests changes, the delegate resubmits (the partner's answer
/// stands), the moderator approves, and both organizations show
/// the partnership — in English and in Spanish, with no browser error and no serious accessibility
/// violation on any page visited.
/// </summary>
public sealed class ProposalJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("en", "Approved", "Partnerships")]
    [InlineData("es", "Aprobada", "Alianzas")]
    public async Task A_proposal_goes_from_draft_to_partnership(string culture, string approved, string partnerships)
    {
        var author = await Data.UserAsync($"author-{culture}@example.org");
        await Data.UserAsync($"moderator-{culture}@example.org", Roles.Moderator);
        var partnerDelegate = await Data.UserAsync($"partner-{culture}@example.org");
        var proposer = await OrganizationAsync($"Proposer {culture}", author.Id);
        var partner = await OrganizationAsync($"Partner {culture}", partnerDelegate.Id);
        var delegateVisitor = await VisitorAsync(culture, author.Email!);
        var partnerVisitor = await VisitorAsync(culture, partnerDelegate.Email!);
        var moderatorVisitor = await VisitorAsync(culture, $"moderator-{culture}@example.org");
        var anonymous = await VisitorAsync(culture, null);
        var page = delegateVisitor.Page;
        var moderation = moderatorVisitor.Page;

        await delegateVisitor.OpenAsync($"/Organizations/{proposer.Id}/Proposals/New?to={partner.Id}");
        await page.FillAsync("input[name='Input.Title']", "Refugee nurses into jobs");
        await page.FillAsync("textarea[name='Input.Rationale']", "They place nurses; we train them.");
        await page.ClickAsync("button[formaction*='handler=Submit']");
        await page.WaitForURLAsync(url => url.Contains("/Proposals/", StringComparison.Ordinal) && !url.Contains("New", StringComparison.Ordinal));
        await delegateVisitor.CheckPageAsync();
        var proposalUrl = new Uri(page.Url).AbsolutePath;

        // The partner's delegate accepts for their organization: only then does the proposal reach moderation.
        await partnerVisitor.OpenAsync(proposalUrl);
        await partnerVisitor.Page.ClickAsync("form[action*='handler=Accept'] button.btn-success");
        await partnerVisitor.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == proposalUrl);
        await partnerVisitor.CheckPageAsync();

        await moderatorVisitor.OpenAsync("/Moderation");
        await moderation.Locator("[data-testid='queue-proposal']", new() { HasText = "Refugee nurses into jobs" }).Locator("a").ClickAsync();
        await moderatorVisitor.CheckPageAsync();
        await moderation.FillAsync("textarea[name='Input.ChangesReason']", "Add the dates.");
        await moderation.ClickAsync("form[action*='handler=RequestChanges'] button[type='submit']");
        await moderation.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Moderation");
        await moderatorVisitor.CheckPageAsync();

        await delegateVisitor.OpenAsync($"{proposalUrl}/Edit");
        Assert.Contains("Add the dates.", await page.ContentAsync(), StringComparison.Ordinal);
        await page.FillAsync("textarea[name='Input.Rationale']", "They place nurses; we train them from March to June.");
        await page.ClickAsync("button[formaction*='handler=Submit']");
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == proposalUrl);
        await delegateVisitor.CheckPageAsync();

        await moderatorVisitor.OpenAsync("/Moderation");
        await moderation.Locator("[data-testid='queue-proposal']", new() { HasText = "Refugee nurses into jobs" }).Locator("a").ClickAsync();
        await moderatorVisitor.CheckPageAsync();
        await moderation.ClickAsync("form[action*='handler=Approve'] button[type='submit']");
        await moderation.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Moderation");
        await moderatorVisitor.CheckPageAsync();

        await delegateVisitor.OpenAsync(proposalUrl);
        Assert.Equal(approved, await page.InnerTextAsync("[data-testid='proposal-state']"));
        Assert.Equal(7, await page.Locator("[data-testid='history-entry']").CountAsync());
        foreach (var id in new[] { proposer.Id, partner.Id })
        {
            await anonymous.OpenAsync($"/Organizations/{id}");
            Assert.Contains(partnerships, await anonymous.Page.InnerTextAsync("[data-testid='partnerships'] h2"), StringComparison.Ordinal);
            Assert.Contains("Refugee nurses into jobs", await anonymous.Page.InnerTextAsync("[data-testid='partnership']"), StringComparison.Ordinal);
        }
    }

    /// <summary>A visitor in the given UI language, signed in when an email is given.</summary>
    private async Task<Visitor> VisitorAsync(string culture, string? email)
    {
        var visitor = await NewVisitorAsync();
        await visitor.OpenAsync($"/?culture={culture}");
        if (email is not null)
        {
            await SignInWithFormAsync(visitor, email, TestData.Password);
        }

        return visitor;
    }

    private async Task<Organization> OrganizationAsync(string name, Guid? delegateId)
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
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
}
