using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Journeys;

/// <summary>
/// A colleague joins through an invitation, forgets the password, resets it, turns on two-factor
/// authentication with an authenticator app (the test is the app: it computes the code from the key the
/// page shows) and signs in with it; every page checked by axe, every email read from the pickup folder.
/// </summary>
public sealed class TwoFactorJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string FirstPassword = "a long and honest sentence";
    private const string NewPassword = "another sentence nobody guesses";

    [Fact]
    public async Task An_invited_colleague_joins_resets_a_forgotten_password_turns_on_two_factor_and_signs_in_with_a_code()
    {
        var colleagueEmail = $"colega.{Guid.NewGuid().ToString("N")[..8]}@example.org";
        var gmies = await Data.QueryAsync(db => db.Organizations.Where(o => o.Name == DemoData.GmiesName).Select(o => o.Id).SingleAsync());
        var team = $"/Organizations/{gmies}/Team";
        using var mailbox = new Mailbox(Fixture.App);

        // The demo delegate invites a colleague.
        var delegateVisitor = await NewVisitorAsync();
        await delegateVisitor.OpenAsync("/");
        await SignInAsync(delegateVisitor, DemoAccounts.DelegateEmail, DemoAccounts.Password);
        await delegateVisitor.OpenAsync(team);
        await delegateVisitor.Page.GetByLabel("Email of the colleague to invite").FillAsync(colleagueEmail);
        await delegateVisitor.Page.GetByRole(AriaRole.Button, new() { Name = "Send the invitation" }).ClickAsync();
        await Expect(delegateVisitor.Page.GetByTestId("invitation").Filter(new() { HasText = colleagueEmail })).ToBeVisibleAsync();
        await delegateVisitor.CheckPageAsync();

        // The colleague opens the emailed link, creates an account and accepts.
        var colleague = await NewVisitorAsync();
        var page = colleague.Page;
        await colleague.OpenAsync(Mailbox.LinkTo(await EmailAsync(mailbox, colleagueEmail, "/Organizations/Invitations/Accept"), "/Organizations/Invitations/Accept"));
        await page.Locator("main").GetByRole(AriaRole.Link, new() { Name = "Create an account" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Register");
        await colleague.CheckPageAsync();
        await page.GetByLabel("Your name").FillAsync("Colega Nueva");
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(colleagueEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(FirstPassword);
        await page.GetByLabel("Repeat the password").FillAsync(FirstPassword);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "Create an account" }).ClickAsync();

        // The new account signs in, and the sign-in brings it back to the invitation.
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Login");
        await colleague.CheckPageAsync();
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(colleagueEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(FirstPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/Organizations/Invitations/Accept?token=", StringComparison.Ordinal));
        await colleague.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = $"Accept and join {DemoData.GmiesName}" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == team);
        await colleague.CheckPageAsync();
        await SignOutAsync(colleague);

        // The password is forgotten: a link by email, a new password.
        await colleague.OpenAsync("/Account/ForgotPassword");
        await colleague.CheckPageAsync();
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(colleagueEmail);
        await page.GetByRole(AriaRole.Button, new() { Name = "Send me a link" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("If an account uses this address");
        await colleague.OpenAsync(Mailbox.LinkTo(await EmailAsync(mailbox, colleagueEmail, "/Account/ResetPassword"), "/Account/ResetPassword"));
        await colleague.CheckPageAsync();
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByLabel("Repeat the password").FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change the password" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("Your password has been changed. Sign in with the new one.");
        await SignInAsync(colleague, colleagueEmail, NewPassword);

        // Your account → Two-factor authentication → an authenticator app.
        await page.GetByTestId("signed-in-as").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Manage");
        await colleague.CheckPageAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Your account" }).GetByRole(AriaRole.Link, new() { Name = "Two-factor authentication" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Manage/TwoFactor");
        await Expect(page.GetByTestId("two-factor-state")).ToContainTextAsync("Off");
        await colleague.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up an authenticator app" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Manage/EnableAuthenticator");
        await Expect(page.GetByRole(AriaRole.Img, new() { Name = "QR code with the key for your authenticator app" })).ToBeVisibleAsync();
        await colleague.CheckPageAsync();
        var key = await page.GetByTestId("shared-key").InnerTextAsync();
        await page.GetByLabel("Current password").FillAsync(NewPassword);
        await page.GetByLabel("Code shown by the app").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }).ClickAsync();
        await Expect(page.GetByTestId("two-factor-on")).ToHaveTextAsync("Two-factor authentication is on.");
        await Expect(page.GetByTestId("recovery-codes").Locator("li")).ToHaveCountAsync(10);
        await colleague.CheckPageAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "I have kept my recovery codes" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Manage/TwoFactor");
        await Expect(page.GetByTestId("recovery-codes-left")).ToHaveTextAsync("Recovery codes left: 10");
        await colleague.CheckPageAsync();
        Assert.Contains("Two-factor authentication is on", (await EmailAsync(mailbox, colleagueEmail, null)).Subject, StringComparison.Ordinal);
        await SignOutAsync(colleague);

        // Signing in now needs the password and a code (the next one: each code works once).
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Login");
        await colleague.CheckPageAsync();
        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(colleagueEmail);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(NewPassword);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/LoginWith2fa");
        await colleague.CheckPageAsync();
        await page.GetByLabel("Code of your authenticator app").FillAsync(Totp.WrongCode(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(ErrorNextTo(page, "Input_Code")).ToHaveTextAsync("The code is not correct.");
        await colleague.CheckPageAsync();
        await page.GetByLabel("Code of your authenticator app").FillAsync(Totp.Code(key, 1));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByTestId("signed-in-as")).ToHaveAttributeAsync("title", colleagueEmail);
        await colleague.CheckPageAsync();
    }

    private static async Task SignOutAsync(Visitor visitor)
    {
        await MainNavigation(visitor.Page).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(MainNavigation(visitor.Page).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await visitor.CheckPageAsync();
    }

    /// <summary>The latest email to <paramref name="address"/> with a link to <paramref name="path"/> (or the latest at all).</summary>
    private static async Task<MimeKit.MimeMessage> EmailAsync(Mailbox mailbox, string address, string? path) =>
        (await mailbox.ToAsync(address)).Last(m => path is null || (m.TextBody ?? "").Contains(path, StringComparison.Ordinal));
}
