using System.Text.RegularExpressions;
using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Journeys;

public sealed partial class OrganizationRegistrationTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_new_delegate_registers_an_organization_that_a_moderator_verifies()
    {
        var suffix = Guid.NewGuid().ToString("N")[..8];
        var email = $"rosa.{suffix}@example.org";
        const string password = "a long and honest sentence";
        var organization = $"Red Binacional de Acogida {suffix}";
        var newcomer = await NewVisitorAsync();
        var page = newcomer.Page;

        // Create an account from the home page, confirm the address through the emailed link, sign in.
        await newcomer.OpenAsync("/");
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Register");
        await newcomer.CheckPageAsync();
        await page.GetByLabel("Your name").FillAsync("Rosa Méndez");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByLabel("Repeat the password").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Login");
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"We have sent a link to {email}");
        await newcomer.CheckPageAsync();
        using (var mailbox = new Mailbox(Fixture.App))
        {
            await newcomer.OpenAsync(Mailbox.LinkTo(Assert.Single(await mailbox.ToAsync(email)), "/Account/ConfirmEmail"));
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my address" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your email address is confirmed.");
        await SignInAsync(newcomer, email, password);
        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Rosa Méndez");

        // An empty form is refused with an error next to each required field.
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Register an organization" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Register an organization", Level = 1 })).ToBeVisibleAsync();
        await newcomer.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();
        await Expect(ErrorNextTo(page, "Input_Name")).ToHaveTextAsync("A name is required.");
        await Expect(ErrorNextTo(page, "Input_Sector")).ToHaveTextAsync("A sector is required.");
        await Expect(ErrorNextTo(page, "Input_Description")).ToHaveTextAsync("A description is required.");
        await Expect(ErrorNextTo(page, "Input_Countries")).ToHaveTextAsync("Choose at least one country.");
        Assert.EndsWith("/Organizations/Register", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await newcomer.CheckPageAsync();

        // Filled in, it is registered and waits for review.
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync(organization);
        await page.GetByLabel("Sector", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Migrant organization" });
        await page.GetByLabel("Description", new() { Exact = true }).FillAsync(
            "Receives Nicaraguan workers in Costa Rica and helps them find regular jobs in agriculture.");
        await PickAsync(page, "Countries where it works", "Costa R", "Nicar");
        var offers = page.GetByRole(AriaRole.Group, new() { Name = "What it offers" });
        await offers.GetByLabel("Job placement").CheckAsync();
        await offers.GetByLabel("Legal aid and regularization advice").CheckAsync();
        var seeks = page.GetByRole(AriaRole.Group, new() { Name = "What it seeks" });
        await seeks.GetByLabel("Funding", new() { Exact = true }).CheckAsync();
        await seeks.GetByLabel("Employer engagement and recruitment").CheckAsync();
        await page.GetByLabel("Contact email").FillAsync($"contact.{suffix}@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Submit for review" }).ClickAsync();

        await page.WaitForURLAsync(OrganizationPage());
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(organization);
        await Expect(page.GetByTestId("status-badge")).ToHaveTextAsync("Pending review");
        await Expect(page.GetByText("Job placement", new() { Exact = true })).ToBeVisibleAsync();
        await newcomer.CheckPageAsync();

        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "My organizations" }).ClickAsync();
        var mine = page.GetByTestId("my-organization").Filter(new() { HasText = organization });
        await Expect(mine.GetByTestId("status-badge")).ToHaveTextAsync("Pending review");
        await newcomer.CheckPageAsync();

        // The public directory does not list it yet.
        var passerBy = await NewVisitorAsync();
        await SearchDirectoryAsync(passerBy, organization);
        await Expect(passerBy.Page.GetByTestId("result-count")).ToHaveTextAsync("0 organizations");
        await Expect(passerBy.Page.GetByRole(AriaRole.Link, new() { Name = organization })).ToHaveCountAsync(0);

        // The delegate signs out; the demo moderator signs in and reviews it.
        await MainNavigation(page).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await newcomer.CheckPageAsync();
        var moderator = newcomer; // the same browser, now signed in as the moderator
        await SignInAsync(moderator, DemoAccounts.ModeratorEmail, DemoAccounts.Password);

        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Moderation" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Moderation queue", Level = 1 })).ToBeVisibleAsync();
        var queued = page.GetByTestId("queue-organization").Filter(new() { HasText = organization });
        await Expect(queued).ToContainTextAsync("Migrant organization");
        await moderator.CheckPageAsync();
        await queued.GetByRole(AriaRole.Link, new() { Name = "Review" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = $"Review {organization}", Level = 1 })).ToBeVisibleAsync();
        await moderator.CheckPageAsync();

        // A rejection needs a reason.
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject organization" }).ClickAsync();
        await Expect(ErrorNextTo(page, "Input_Reason")).ToHaveTextAsync("A reason is required to reject an organization.");
        await Expect(page.GetByTestId("status-badge")).ToHaveTextAsync("Pending review");
        await moderator.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Verify organization" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync($"{organization} is verified and now appears in the directory.");
        await Expect(page.GetByTestId("pending-organization").Filter(new() { HasText = organization })).ToHaveCountAsync(0);
        await moderator.CheckPageAsync();

        // Now the public directory lists it, and its page says it is verified.
        await SearchDirectoryAsync(passerBy, organization);
        await Expect(passerBy.Page.GetByTestId("result-count")).ToHaveTextAsync("1 organization");
        await passerBy.Page.GetByRole(AriaRole.Link, new() { Name = organization }).ClickAsync();
        await passerBy.Page.WaitForURLAsync(OrganizationPage());
        await Expect(passerBy.Page.GetByTestId("status-badge")).ToHaveTextAsync("Verified");
        await Expect(passerBy.Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(organization);
        await passerBy.CheckPageAsync();
    }

    private static async Task SearchDirectoryAsync(Visitor visitor, string text)
    {
        await visitor.OpenAsync("/Organizations");
        await visitor.Page.GetByLabel("Search", new() { Exact = true }).FillAsync(text);
        await visitor.Page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await visitor.Page.WaitForURLAsync(url => new Uri(url).Query.Contains("q=", StringComparison.Ordinal));
        await visitor.CheckPageAsync();
    }

    [GeneratedRegex(@"/Organizations/\d+$")]
    private static partial Regex OrganizationPage();
}
