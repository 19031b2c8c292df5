using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Journeys;

/// <summary>
/// Account self-service in a browser, every page checked by axe: a delegate who forgot the password
/// resets it through the emailed link, names themselves, looks at their sessions and signs out everywhere.
/// </summary>
public sealed class AccountJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_delegate_resets_a_forgotten_password_manages_the_account_and_signs_out_everywhere()
    {
        const string newPassword = "a sentence nobody guesses";
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;
        using var mailbox = new Mailbox(Fixture.App);

        // Forgot the password: ask for a link from the sign-in page.
        await visitor.OpenAsync("/Account/Login");
        await page.GetByRole(AriaRole.Link, new() { Name = "Forgot your password?" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/ForgotPassword");
        await visitor.CheckPageAsync();
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(DemoAccounts.DelegateEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("If an account uses this address");

        // The link from the email: a new password, with the policy's hint as it is typed.
        await visitor.OpenAsync(Mailbox.LinkTo(Assert.Single(await mailbox.ToAsync(DemoAccounts.DelegateEmail)), "/Account/ResetPassword"));
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync("too short");
        await Expect(page.Locator("#password-hint")).ToHaveTextAsync("3 more characters needed.");
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(newPassword);
        await Expect(page.Locator("#password-hint")).ToHaveTextAsync("Long enough. A longer one is even harder to guess.");
        await page.GetByLabel("Repeat the password").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your password has been changed. Sign in with the new one.");
        await SignInAsync(visitor, DemoAccounts.DelegateEmail, newPassword);

        // Your account, from the name in the header: a new display name shows at once.
        await page.GetByTestId("signed-in-as").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Manage");
        await visitor.CheckPageAsync();
        await page.GetByLabel("Your name").FillAsync("Gabriela (GMIES)");
        await page.GetByLabel("Language of the emails you receive").SelectOptionAsync("es");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();
        await Expect(page.GetByTestId("signed-in-as")).ToHaveTextAsync("Gabriela (GMIES)");
        await visitor.CheckPageAsync();

        foreach (var (section, heading) in new[] { ("Email", "Change your email address"), ("Password", "Change your password"), ("Sessions", "Where you are signed in") })
        {
            await page.GetByRole(AriaRole.Navigation, new() { Name = "Your account" }).GetByRole(AriaRole.Link, new() { Name = section, Exact = true }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = heading, Level = 2 })).ToBeVisibleAsync();
            await visitor.CheckPageAsync();
        }

        await Expect(page.GetByTestId("sessions").GetByText("This browser")).ToBeVisibleAsync();
        await page.GetByLabel("Current password").FillAsync(newPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out everywhere" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your account was signed out everywhere, here too.");
        await Expect(MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await visitor.CheckPageAsync();
    }
}
