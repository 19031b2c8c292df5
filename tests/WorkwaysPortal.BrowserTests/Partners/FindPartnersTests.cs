using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Partners;

/// <summary>
/// Find partners on every screen (issue 14): countries are picked by typing and with the keyboard alone (the
/// picker enhances the plain multi-select, which still works without script), and on a phone the results come
/// first, the search folded behind a real button.
/// </summary>
public sealed class FindPartnersTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    private const string CtrlHint = "Hold Ctrl (or Cmd) to choose more than one.";

    [Fact]
    public async Task Two_countries_picked_by_typing_and_with_the_keyboard_decide_the_results()
    {
        var (belize, haiti) = await SchoolsAsync();
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;
        await visitor.OpenAsync("/Partners/Find");

        // The picker replaces the select: labelled "Countries", and the hint about Ctrl is gone.
        var countries = page.GetByRole(AriaRole.Combobox, new() { Name = "Countries", Exact = true });
        await Expect(countries).ToBeVisibleAsync();
        await Expect(page.GetByText(CtrlHint).First).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Listbox, new() { Name = "Countries", Exact = true })).ToHaveCountAsync(0);

        await PickAsync(page, "Countries", "Beli", "Hait");
        var chosen = page.Locator(".ts-wrapper:has(#countries-ts-control) .item");
        await Expect(chosen).ToHaveCountAsync(2);
        await visitor.CheckPageAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "Find partners", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("countries=BZ", StringComparison.Ordinal) && url.Contains("countries=HT", StringComparison.Ordinal));
        await visitor.CheckPageAsync();

        await Expect(page.Locator($"[data-testid='suggestion'][data-organization-id='{belize.Id}']")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid='suggestion'][data-organization-id='{haiti.Id}']")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("suggestion").First).ToContainTextAsync(new System.Text.RegularExpressions.Regex("Belize|Haiti"));
        // The picker shows the two countries of the search it answered.
        await Expect(chosen).ToHaveTextAsync([new System.Text.RegularExpressions.Regex("^Belize"), new System.Text.RegularExpressions.Regex("^Haiti")]);
    }

    [Fact]
    public async Task Without_script_the_countries_are_a_plain_multi_select_with_its_hint()
    {
        var (belize, haiti) = await SchoolsAsync();
        await using var context = await Fixture.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = Fixture.App.Address.ToString(),
            JavaScriptEnabled = false,
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/Partners/Find");

        await Expect(page.GetByText(CtrlHint).First).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Countries", Exact = true })).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Listbox, new() { Name = "Countries", Exact = true }).SelectOptionAsync(["BZ", "HT"]);
        await page.GetByRole(AriaRole.Button, new() { Name = "Find partners", Exact = true }).ClickAsync();

        await page.WaitForURLAsync(url => url.Contains("countries=BZ", StringComparison.Ordinal) && url.Contains("countries=HT", StringComparison.Ordinal));
        await Expect(page.Locator($"[data-testid='suggestion'][data-organization-id='{belize.Id}']")).ToBeVisibleAsync();
        await Expect(page.Locator($"[data-testid='suggestion'][data-organization-id='{haiti.Id}']")).ToBeVisibleAsync();
        // No script, no folding: the search stays open above the results.
        await Expect(page.Locator("#find-form")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task On_a_phone_the_first_result_is_on_the_first_screen_and_the_search_unfolds_from_a_button()
    {
        await SchoolsAsync();
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;
        await page.SetViewportSizeAsync(390, 844);
        await visitor.OpenAsync("/Partners/Find?countries=BZ&countries=HT&seeks=language-training");

        var first = page.GetByTestId("suggestion").First;
        await Expect(first).ToBeVisibleAsync();
        var box = await first.BoundingBoxAsync() ?? throw new InvalidOperationException("The first result has no box.");
        Assert.True(box.Y >= 0 && box.Y + Math.Min(box.Height, 120) <= 844, $"The first result starts at {box.Y:0} px, below the first screen (844 px).");

        var search = page.Locator("#find-form");
        var toggle = page.GetByRole(AriaRole.Button, new() { Name = "Change the search", Exact = true });
        await Expect(search).ToBeHiddenAsync();
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(toggle).ToHaveAttributeAsync("aria-controls", "find-form");

        await toggle.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await Expect(toggle).ToHaveAttributeAsync("aria-expanded", "true");
        await Expect(search).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Combobox, new() { Name = "Countries", Exact = true })).ToBeVisibleAsync();
        await visitor.CheckPageAsync();

        await toggle.ClickAsync();
        await Expect(search).ToBeHiddenAsync();

        // On a wide screen there is nothing to fold: the search is beside the results and the button is gone.
        await page.SetViewportSizeAsync(1280, 900);
        await Expect(search).ToBeVisibleAsync();
        await Expect(toggle).ToBeHiddenAsync();
    }

    /// <summary>Two verified language schools, one in Belize and one in Haiti (the demo data has neither country).</summary>
    private async Task<(Organization Belize, Organization Haiti)> SchoolsAsync()
    {
        var belize = await Data.VerifiedAsync(TestData.Profile(
            "Belize Language School", "academia", ["BZ"], offers: ["language-training"], description: "Teaches English and Spanish to migrants."));
        var haiti = await Data.VerifiedAsync(TestData.Profile(
            "Haiti Language Centre", "academia", ["HT"], offers: ["language-training"], description: "Teaches French and Creole to returnees."));
        return (belize, haiti);
    }
}
