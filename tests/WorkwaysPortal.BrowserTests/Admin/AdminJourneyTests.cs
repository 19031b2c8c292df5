using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Admin;

/// <summary>
/// The administration in headless Chromium: an administrator invites someone with a role, who creates
/// the account through the emailed link; the administrator finds them, takes the role after confirming,
/// locks and unlocks them, reads the audit trail and opens the taxonomy's pages; every page checked by axe.
/// </summary>
public sealed partial class AdminJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task An_administrator_invites_a_moderator_takes_the_role_back_locks_them_and_reads_the_audit_trail()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"invited.{suffix}@example.org";
        var admin = await SignedInAsync(DemoAccounts.AdminEmail, DemoAccounts.Password);
        var page = admin.Page;

        await admin.OpenAsync("/");
        await page.GetByRole(AriaRole.Link, new() { Name = "Administration" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Admin");
        await admin.CheckPageAsync();
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();
        await admin.CheckPageAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Invite a user" }).ClickAsync();
        await admin.CheckPageAsync();
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("moderator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Admin/Users");

        // The invited person creates the account from the emailed link.
        var invited = await NewVisitorAsync();
        await invited.OpenAsync(await InvitationLinkAsync(email));
        await invited.CheckPageAsync();
        await invited.Page.GetByLabel("Your name").FillAsync("Invited Moderator");
        await invited.Page.GetByLabel("Password", new() { Exact = true }).FillAsync("a long and honest sentence");
        await invited.Page.GetByLabel("Repeat the password").FillAsync("a long and honest sentence");
        await invited.Page.GetByRole(AriaRole.Button, new() { Name = "Create your account" }).ClickAsync();
        await invited.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Login");
        await invited.CheckPageAsync();

        // The administrator finds them, takes the role after confirming, locks and unlocks them.
        await admin.OpenAsync("/Admin/Users");
        await page.GetByLabel("Name or email").FillAsync(suffix);
        await page.GetByLabel("Role", new() { Exact = true }).SelectOptionAsync("moderator");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByTestId("user")).ToHaveCountAsync(1);
        await admin.CheckPageAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Invited Moderator" }).ClickAsync();
        await admin.CheckPageAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Take the role Moderator" }).ClickAsync();
        await admin.CheckPageAsync();
        await page.GetByLabel("I understand that they will lose what this role allows.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Take the role" }).ClickAsync();
        await Expect(page.GetByTestId("role-moderator").GetByRole(AriaRole.Button, new() { Name = "Give the role Moderator" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Lock", Exact = true }).ClickAsync();
        await admin.CheckPageAsync();
        await page.GetByLabel("I understand that they will not be able to sign in.").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Lock the account" }).ClickAsync();
        await Expect(page.GetByTestId("state")).ToHaveTextAsync("Locked");
        await admin.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Unlock" }).ClickAsync();
        await Expect(page.GetByTestId("state")).ToHaveTextAsync("Can sign in");

        // The audit trail has each step.
        await admin.OpenAsync("/Admin/Audit");
        await admin.CheckPageAsync();
        await page.GetByLabel("Action", new() { Exact = true }).SelectOptionAsync("account.locked");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search" }).ClickAsync();
        await Expect(page.GetByTestId("event").First).ToContainTextAsync("account.locked");
        await admin.CheckPageAsync();

        // The taxonomy's pages (opened, not changed: the demo taxonomy is shared by the journeys).
        await admin.OpenAsync("/Admin/Taxonomy");
        await admin.CheckPageAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "New group" }).ClickAsync();
        await admin.CheckPageAsync();
        await admin.OpenAsync("/Admin/Taxonomy/Label?kind=capability&code=legal-aid");
        await admin.CheckPageAsync();
    }

    private async Task<Visitor> SignedInAsync(string email, string password)
    {
        var visitor = await NewVisitorAsync();
        await visitor.OpenAsync("/");
        await SignInAsync(visitor, email, password);
        return visitor;
    }

    private async Task<string> InvitationLinkAsync(string email)
    {
        var body = await Data.QueryAsync(db => db.OutboxEmails.Where(e => e.To == email).Select(e => e.Body).SingleAsync());
        return InvitationLink().Match(body).Groups["path"].Value;
    }

    [GeneratedRegex(@"https?://[^/\s]+(?<path>/Account/Invitation\?token=[A-Za-z0-9_-]+)")]
    private static partial Regex InvitationLink();
}
