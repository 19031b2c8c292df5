using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Journeys;

public sealed class DirectoryTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task The_directory_searches_without_accents_and_switches_to_Spanish()
    {
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;
        var heading = page.GetByRole(AriaRole.Heading, new() { Level = 1 });

        await visitor.OpenAsync("/Organizations");
        await Expect(heading).ToHaveTextAsync("Organization directory");
        await Expect(page.GetByTestId("organization").Filter(new() { HasText = DemoData.GmiesName })).ToBeVisibleAsync();
        await Screenshots.SaveFullPageAsync(page, "directory-en.png");

        // "migracion" (no accent) finds the network whose description says "migración".
        await page.GetByLabel("Search", new() { Exact = true }).FillAsync("migracion");
        await page.GetByRole(AriaRole.Button, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Contains("q=migracion", StringComparison.Ordinal));
        var network = page.GetByTestId("organization").Filter(new() { HasText = DemoData.RrocmName });
        await Expect(network).ToContainTextAsync("migración");
        await Expect(page.GetByTestId("organization").Filter(new() { HasText = DemoData.GlenHavenManorName })).ToHaveCountAsync(0);
        await visitor.CheckPageAsync();

        // The header's switcher turns the same page Spanish.
        await page.GetByRole(AriaRole.Button, new() { Name = "Español" }).ClickAsync();
        await Expect(heading).ToHaveTextAsync("Directorio de organizaciones");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(page.GetByLabel("Buscar", new() { Exact = true })).ToHaveValueAsync("migracion");
        await Expect(network).ToBeVisibleAsync();
        await visitor.CheckPageAsync();

        // The choice is remembered: the next pages are Spanish too.
        var navigation = page.GetByRole(AriaRole.Navigation, new() { Name = "Navegación principal" });
        await navigation.GetByRole(AriaRole.Link, new() { Name = "Directorio", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).Query.Length == 0);
        await Expect(heading).ToHaveTextAsync("Directorio de organizaciones");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Español" })).ToHaveAttributeAsync("aria-pressed", "true");
        await visitor.CheckPageAsync();
        await Screenshots.SaveFullPageAsync(page, "directory-es.png");

        await page.ReloadAsync();
        await Expect(heading).ToHaveTextAsync("Directorio de organizaciones");
        await visitor.CheckPageAsync();

        await visitor.OpenAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "es");
        await Expect(navigation.GetByRole(AriaRole.Link, new() { Name = "Crear una cuenta" })).ToBeVisibleAsync();

        // ?culture=en switches back, and that is remembered too.
        await visitor.OpenAsync("/Organizations?culture=en");
        await Expect(heading).ToHaveTextAsync("Organization directory");
        await visitor.OpenAsync("/");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Create an account" })).ToBeVisibleAsync();
    }
}
