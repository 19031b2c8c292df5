using Microsoft.Playwright;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.BrowserTests.Infrastructure;

/// <summary>
/// Base of the browser tests: the demo data freshly loaded before each test, visitors with their own
/// cookies, and, after each test, a check that no visitor saw a browser error or skipped an
/// accessibility check.
/// </summary>
[Collection(BrowserCollection.Name)]
public abstract class BrowserTest(BrowserFixture fixture) : IAsyncLifetime
{
    private readonly List<Visitor> _visitors = [];

    protected BrowserFixture Fixture { get; } = fixture;
    protected TestData Data => new(Fixture.App);

    /// <summary>A new visitor: no cookies, English browser; at <paramref name="origin"/> when given (the same portal by another name).</summary>
    protected async Task<Visitor> NewVisitorAsync(Uri? origin = null)
    {
        var visitor = await Visitor.OpenAsync(Fixture.Browser, origin ?? Fixture.App.Address);
        _visitors.Add(visitor);
        return visitor;
    }

    /// <summary>The header's main navigation (English UI).</summary>
    protected static ILocator MainNavigation(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.GetByRole(AriaRole.Navigation, new() { Name = "Main navigation" });
    }

    /// <summary>The validation message shown next to the field with this id (in the same form group).</summary>
    protected static ILocator ErrorNextTo(IPage page, string fieldId)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.Locator($"div:has(> #{fieldId}) > .field-validation-error");
    }

    /// <summary>
    /// Picks options in a multi-select picker (Tom Select) with the keyboard alone: for each text, types it into the
    /// picker labelled <paramref name="label"/>, checks that the option it brings first starts with it, and presses
    /// Enter; Escape closes the list at the end.
    /// </summary>
    protected static async Task PickAsync(IPage page, string label, params string[] typed)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(typed);
        var picker = page.GetByRole(AriaRole.Combobox, new() { Name = label, Exact = true });
        await picker.FocusAsync();
        foreach (var text in typed)
        {
            await picker.PressSequentiallyAsync(text);
            var controls = await picker.GetAttributeAsync("aria-controls");
            await Assertions.Expect(page.Locator($"[id='{controls}'] .option.active")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(text)));
            await picker.PressAsync("Enter");
        }

        await picker.PressAsync("Escape");
    }

    /// <summary>Signs in through the header's "Sign in" link and the sign-in form, then checks the pages.</summary>
    protected static async Task SignInAsync(Visitor visitor, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        var page = visitor.Page;
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Login");
        await visitor.CheckPageAsync();

        await page.GetByLabel("Email", new() { Exact = true }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        // The header shows the account's display name, with the email as its title.
        await Assertions.Expect(page.GetByTestId("signed-in-as")).ToHaveAttributeAsync("title", email);
        await visitor.CheckPageAsync();
    }

    /// <summary>
    /// Signs in with the sign-in form whatever the UI language (by the fields' names, not their labels) and waits
    /// to leave it, then checks the page.
    /// </summary>
    protected static async Task SignInWithFormAsync(Visitor visitor, string email, string password)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        var page = visitor.Page;
        await visitor.OpenAsync("/Account/Login");
        await page.FillAsync("input[name='Input.Email']", email);
        await page.FillAsync("input[name='Input.Password']", password);
        await page.ClickAsync("main form button[type='submit']");
        await page.WaitForURLAsync(url => !url.Contains("/Account/Login", StringComparison.Ordinal));
        await visitor.CheckPageAsync();
    }

    /// <summary>A new visitor signed in with the sign-in form (password: the test data's).</summary>
    protected async Task<Visitor> SignedInAsync(string email)
    {
        var visitor = await NewVisitorAsync();
        await SignInWithFormAsync(visitor, email, TestData.Password);
        return visitor;
    }

    public Task InitializeAsync() => Fixture.ResetWithDemoDataAsync();

    public async Task DisposeAsync()
    {
        foreach (var visitor in _visitors)
        {
            await visitor.DisposeAsync();
        }

        foreach (var visitor in _visitors)
        {
            visitor.AssertEveryPageCheckedAndClean();
        }
    }
}
