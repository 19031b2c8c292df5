using System.Text.Json;
using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Layout;

/// <summary>
/// The header of the visitor with the most links (an administrator sees the delegate's, the moderator's and
/// the staff's) fits a 1280-pixel screen in both languages: every entry on one line, none past the edge.
/// </summary>
public sealed class HeaderTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    // For each header entry: its text, how many line boxes it takes, and how far its right edge is past the window.
    private const string MeasureScript = """
        () => JSON.stringify([...document.querySelectorAll('header .nav-link, header .navbar-text, header .navbar-brand, header .btn')]
            .map(el => {
                const range = document.createRange();
                range.selectNodeContents(el);
                const lines = new Set([...range.getClientRects()].filter(r => r.width > 0).map(r => Math.round(r.top)));
                return { text: el.textContent.trim(), lines: lines.size, overflow: el.getBoundingClientRect().right - document.documentElement.clientWidth };
            }))
        """;

    [Theory]
    [InlineData("en", "Sign out")]
    [InlineData("es", "Cerrar sesión")]
    public async Task Every_header_entry_of_an_administrator_is_on_one_line_and_inside_the_window(string culture, string signOut)
    {
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;
        await visitor.OpenAsync("/");
        await SignInAsync(visitor, DemoAccounts.AdminEmail, DemoAccounts.Password);
        await visitor.OpenAsync($"/?culture={culture}");
        await Expect(page.Locator("header").GetByRole(AriaRole.Button, new() { Name = signOut, Exact = true })).ToBeVisibleAsync();
        await visitor.CheckPageAsync();

        var entries = JsonSerializer.Deserialize<HeaderEntry[]>(await page.EvaluateAsync<string>(MeasureScript), Json)!;

        Assert.True(entries.Length >= 12, $"Expected the administrator's full header, found {entries.Length} entries.");
        var problems = entries.Where(e => e.Lines > 1 || e.Overflow > 0.5).Select(e => $"{e.Text}: {e.Lines} lines, {e.Overflow:0} px past the edge").ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private sealed record HeaderEntry(string Text, int Lines, double Overflow);
}
