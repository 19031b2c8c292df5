using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Organizations;

/// <summary>
/// An organization's team in headless Chromium: invitations (sent, revoked, accepted by someone who
/// creates an account through the link), leaving, asking to join, answering, removing, and a moderator's
/// question on a pending organization; every page checked by axe.
/// </summary>
public sealed partial class TeamJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_delegate_invites_a_colleague_who_creates_an_account_accepts_and_later_leaves()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var colleagueEmail = $"colega.{suffix}@example.org";
        var gmies = await Data.QueryAsync(db => db.Organizations.Where(o => o.Name == DemoData.GmiesName).Select(o => o.Id).SingleAsync());
        var team = $"/Organizations/{gmies}/Team";
        var delegateVisitor = await SignedInAsync(DemoAccounts.DelegateEmail, DemoAccounts.Password);
        var page = delegateVisitor.Page;

        // Two invitations; the one with a typo is revoked after confirming.
        await delegateVisitor.OpenAsync(team);
        foreach (var email in new[] { $"typo.{suffix}@example.org", colleagueEmail })
        {
            await page.GetByLabel("Email of the colleague to invite").FillAsync(email);
            await page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
            await Expect(page.GetByTestId("invitation").Filter(new() { HasText = email })).ToBeVisibleAsync();
            await delegateVisitor.CheckPageAsync();
        }

        await page.GetByTestId("invitation").Filter(new() { HasText = $"typo.{suffix}@example.org" }).GetByRole(AriaRole.Link, new() { Name = "Revoke" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"{team}/Revoke");
        await delegateVisitor.CheckPageAsync();
        await page.GetByLabel("I understand that the link of this invitation will stop working.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Revoke the invitation" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == team);
        await Expect(page.GetByTestId("invitation")).ToHaveCountAsync(1);
        await delegateVisitor.CheckPageAsync();

        // The colleague follows the emailed link, creates an account from it and comes back to accept.
        var link = await InvitationLinkAsync(colleagueEmail);
        var colleague = await NewVisitorAsync();
        var invited = colleague.Page;
        await colleague.OpenAsync(link);
        await invited.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await invited.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Register");
        await colleague.CheckPageAsync();
        await invited.GetByLabel("Your name").FillAsync("Colega Nueva");
        await invited.GetByLabel("Email", new() { Exact = true }).FillAsync(colleagueEmail);
        await invited.GetByLabel("Password", new() { Exact = true }).FillAsync("a long and honest sentence");
        await invited.GetByLabel("Repeat the password").FillAsync("a long and honest sentence");
        await invited.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();

        // The new account signs in on the page registration leads to, which brings them back to the invitation.
        await invited.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Login");
        await colleague.CheckPageAsync();
        await invited.GetByLabel("Email", new() { Exact = true }).FillAsync(colleagueEmail);
        await invited.GetByLabel("Password", new() { Exact = true }).FillAsync("a long and honest sentence");
        await invited.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await invited.WaitForURLAsync(url => url.Contains("/Organizations/Invitations/Accept?token=", StringComparison.Ordinal));
        await colleague.CheckPageAsync();
        await invited.GetByRole(AriaRole.Button, new() { Name = $"Accept and join {DemoData.GmiesName}" }).ClickAsync();
        await invited.WaitForURLAsync(url => new Uri(url).AbsolutePath == team);
        await Expect(invited.GetByTestId("delegate").Filter(new() { HasText = "Colega Nueva" })).ToBeVisibleAsync();
        await colleague.CheckPageAsync();

        // Later the colleague leaves, after confirming.
        await invited.GetByRole(AriaRole.Link, new() { Name = "Leave", Exact = true }).ClickAsync();
        await invited.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"{team}/Leave");
        await colleague.CheckPageAsync();
        await invited.GetByLabel("I understand that I will no longer be able to act for the organization.").CheckAsync();
        await invited.GetByRole(AriaRole.Button, new() { Name = "Leave the organization" }).ClickAsync();
        await invited.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Organizations/Mine");
        await colleague.CheckPageAsync();
        await Expect(invited.GetByTestId("my-organization")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task Someone_asks_to_join_is_accepted_then_removed_and_a_moderator_asks_a_pending_organization_for_more()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"pide.{suffix}@example.org";
        await Data.UserAsync(email);
        var gmies = await Data.QueryAsync(db => db.Organizations.Where(o => o.Name == DemoData.GmiesName).Select(o => o.Id).SingleAsync());
        var pending = await Data.QueryAsync(db => db.Organizations.Where(o => o.Name == DemoData.PendingOrganizationName).Select(o => o.Id).SingleAsync());

        var asker = await SignedInAsync(email, WorkwaysPortal.Testing.TestData.Password);
        await asker.OpenAsync($"/Organizations/{gmies}");
        await asker.Page.GetByRole(AriaRole.Link, new() { Name = "Ask to join" }).ClickAsync();
        await asker.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/Organizations/{gmies}/Join");
        await asker.CheckPageAsync();
        await asker.Page.GetByLabel("A word for the delegates (optional)").FillAsync("I coordinate the legal clinic in San Salvador.");
        await asker.Page.GetByRole(AriaRole.Button, new() { Name = "Send the request" }).ClickAsync();
        await asker.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/Organizations/{gmies}");
        await asker.CheckPageAsync();

        var delegateVisitor = await SignedInAsync(DemoAccounts.DelegateEmail, DemoAccounts.Password);
        var page = delegateVisitor.Page;
        await delegateVisitor.OpenAsync($"/Organizations/{gmies}/Team");
        var request = page.GetByTestId("join-request").Filter(new() { HasText = "I coordinate the legal clinic in San Salvador." });
        await request.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await Expect(page.GetByTestId("delegate").Filter(new() { HasText = email })).ToBeVisibleAsync();
        await delegateVisitor.CheckPageAsync();

        await page.GetByTestId("delegate").Filter(new() { HasText = email }).GetByRole(AriaRole.Link, new() { Name = "Remove" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/Organizations/{gmies}/Team/Remove");
        await delegateVisitor.CheckPageAsync();
        await page.GetByLabel("I understand that they will no longer be able to act for the organization.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove the delegate" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/Organizations/{gmies}/Team");
        await Expect(page.GetByTestId("delegate").Filter(new() { HasText = email })).ToHaveCountAsync(0);
        await delegateVisitor.CheckPageAsync();

        var moderator = await SignedInAsync(DemoAccounts.ModeratorEmail, DemoAccounts.Password);
        await moderator.OpenAsync($"/Moderation/Organizations/Review/{pending}");
        await Expect(moderator.Page.GetByTestId("registered-by")).ToContainTextAsync(DemoAccounts.DelegateEmail);
        await moderator.Page.GetByLabel("What do you need to know?").FillAsync("Which cities do you work in?");
        await moderator.Page.GetByRole(AriaRole.Button, new() { Name = "Send the question" }).ClickAsync();
        await moderator.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Moderation");
        await moderator.CheckPageAsync();
    }

    private async Task<Visitor> SignedInAsync(string email, string password)
    {
        var visitor = await NewVisitorAsync();
        await visitor.OpenAsync("/");
        await SignInAsync(visitor, email, password);
        return visitor;
    }

    /// <summary>The invitation link (path and query) of the email waiting in the outbox for <paramref name="email"/>.</summary>
    private async Task<string> InvitationLinkAsync(string email)
    {
        var body = await Data.QueryAsync(db => db.OutboxEmails.Where(e => e.To == email).Select(e => e.Body).SingleAsync());
        return AcceptLink().Match(body).Groups["path"].Value;
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/Organizations/Invitations/Accept\?token=[A-Za-z0-9_-]+)")]
    private static partial Regex AcceptLink();
}
