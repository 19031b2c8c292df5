using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Journeys;

/// <summary>
/// A delegate adds a passkey on "Your account > Passkeys", renames it, signs out and signs in with it, then
/// removes it; the passkey lives in Chromium's virtual authenticator (DevTools' WebAuthn domain: CTAP2, built
/// in, discoverable credentials, user verification), so Identity checks real attestations and assertions.
/// WebAuthn needs a secure context and a domain name as relying party id: the portal is opened as
/// <c>http://localhost:{port}</c> (an IP address cannot be a relying party id). Every page checked by axe.
/// </summary>
public sealed class PasskeyJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_delegate_adds_a_passkey_renames_it_signs_in_with_it_and_removes_it()
    {
        var visitor = await NewVisitorAsync(new UriBuilder(Fixture.App.Address) { Host = "localhost" }.Uri);
        var page = visitor.Page;
        var cdp = await visitor.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("WebAuthn.enable");
        await cdp.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2",
                ["transport"] = "internal",
                ["hasResidentKey"] = true,
                ["hasUserVerification"] = true,
                ["isUserVerified"] = true,
                ["automaticPresenceSimulation"] = true,
            },
        });
        await visitor.OpenAsync("/");
        await SignInAsync(visitor, DemoAccounts.DelegateEmail, DemoAccounts.Password);

        // Your account → Passkeys → add one (the password first, then the authenticator).
        await page.GetByTestId("signed-in-as").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Manage");
        await visitor.CheckPageAsync();
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Your account" }).GetByRole(AriaRole.Link, new() { Name = "Passkeys" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Manage/Passkeys");
        await Expect(page.GetByTestId("no-passkeys")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("passkeys-unsupported")).ToBeHiddenAsync();
        await visitor.CheckPageAsync();
        await page.GetByLabel("Name of the passkey (optional)").FillAsync("Laptop");
        await page.GetByLabel("Current password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Add a passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The passkey was added. You can sign in with it from now on.");
        await Expect(page.GetByTestId("passkeys").GetByRole(AriaRole.Cell, new() { Name = "Laptop", Exact = true })).ToBeVisibleAsync();
        await visitor.CheckPageAsync();

        // Rename it.
        await page.GetByRole(AriaRole.Link, new() { Name = "Rename the passkey Laptop" }).ClickAsync();
        await Expect(page.GetByTestId("rename-passkey")).ToBeVisibleAsync();
        await visitor.CheckPageAsync();
        await page.GetByLabel("New name").FillAsync("Work laptop");
        await page.GetByRole(AriaRole.Button, new() { Name = "Rename", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The passkey was renamed.");
        await Expect(page.GetByTestId("passkeys").GetByRole(AriaRole.Cell, new() { Name = "Work laptop", Exact = true })).ToBeVisibleAsync();
        await visitor.CheckPageAsync();

        // Sign out, then sign in with the passkey: no email, no password.
        await MainNavigation(page).GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true })).ToBeVisibleAsync();
        await visitor.CheckPageAsync();
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Login");
        await visitor.CheckPageAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in with a passkey" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/");
        await Expect(page.GetByTestId("signed-in-as")).ToHaveAttributeAsync("title", DemoAccounts.DelegateEmail);
        await visitor.CheckPageAsync();

        // Remove it, after a confirmation with the password.
        await visitor.OpenAsync("/Account/Manage/Passkeys");
        await page.GetByRole(AriaRole.Link, new() { Name = "Remove the passkey Work laptop" }).ClickAsync();
        await Expect(page.GetByTestId("remove-passkey")).ToContainTextAsync("Remove the passkey Work laptop?");
        await visitor.CheckPageAsync();
        await page.GetByLabel("Current password").FillAsync(DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Remove the passkey" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("The passkey was removed. It cannot sign in any more.");
        await Expect(page.GetByTestId("no-passkeys")).ToBeVisibleAsync();
        await visitor.CheckPageAsync();
    }
}
