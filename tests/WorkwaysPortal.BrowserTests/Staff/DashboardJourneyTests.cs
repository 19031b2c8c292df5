using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Staff;

/// <summary>
/// Staff sign in, open the dashboard from the header and read its charts (drawn on the server as SVG:
/// no script, nothing from the internet), open a chart's numbers, and download the directory from
/// its page — with no browser error and no serious accessibility violation.
/// </summary>
public sealed class DashboardJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Staff_open_the_dashboard_read_its_charts_and_download_the_directory()
    {
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;
        await visitor.OpenAsync("/");
        await SignInAsync(visitor, DemoAccounts.StaffEmail, DemoAccounts.Password);

        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Staff/Dashboard");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Staff dashboard");
        await visitor.CheckPageAsync();

        foreach (var chart in new[] { "Organizations by sector", "Organizations by country", "Organizations and open gaps by country", "Gaps by capability", "Proposals by month", "Network of approved partnerships" })
        {
            await Expect(page.GetByRole(AriaRole.Img, new() { Name = chart })).ToBeVisibleAsync();
        }

        // The demo data's approved partnership (PSI with ECLAC and IOM) is in the network.
        await Expect(page.Locator("[data-testid='chart-partnerships'] circle.network-node")).ToHaveCountAsync(3);
        await page.GetByText("Show the partnerships").ClickAsync();
        await Expect(page.GetByTestId("table-partnerships")).ToBeVisibleAsync();
        await visitor.CheckPageAsync();
        await page.GetByText("Show the partnerships").ClickAsync();
        await Screenshots.SaveFullPageAsync(page, "dashboard-en.png");

        // The map of the Americas marks the demo data's countries; the world map is one click away.
        await Expect(page.Locator("[data-testid='chart-map'] [data-country='HN']")).ToHaveCountAsync(1);
        await page.GetByTestId("map-choice").GetByRole(AriaRole.Link, new() { Name = "The world" }).ClickAsync();
        await Expect(page.Locator("[data-map='world']")).ToBeVisibleAsync();
        await visitor.CheckPageAsync();

        // On a phone every chart label is still at least 12 px as drawn, and nothing scrolls sideways.
        await page.SetViewportSizeAsync(390, 844);
        await page.ReloadAsync();
        var smallest = await page.EvaluateAsync<double>("""
            () => {
                const sizes = [...document.querySelectorAll('.bar-label, .bar-value')].map(e => parseFloat(getComputedStyle(e).fontSize));
                for (const text of document.querySelectorAll('svg text')) {
                    const svg = text.ownerSVGElement;
                    const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
                    sizes.push(parseFloat(getComputedStyle(text).fontSize) * scale);
                }
                return Math.min(...sizes);
            }
            """);
        Assert.True(smallest >= 12, $"The smallest chart label is drawn at {smallest:0.0} px at 390 px wide.");
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= document.documentElement.clientWidth"));
        await visitor.CheckPageAsync();
        await page.SetViewportSizeAsync(1280, 900);

        await visitor.OpenAsync("/Organizations?sector=civil-society");
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
        Assert.Matches(@"^workways-organizations-\d{4}-\d{2}-\d{2}\.csv$", download.SuggestedFilename);
        var path = await download.PathAsync();
        var text = await File.ReadAllTextAsync(path);
        Assert.Contains(DemoData.GmiesName, text, StringComparison.Ordinal);
        Assert.Contains("Contact email", text, StringComparison.Ordinal);
        visitor.AssertNoProblems();
    }
}
