using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Layout;

/// <summary>
/// The directory, a gap and Find partners on a 390-pixel phone in French and Portuguese (issue 14), as the
/// documentation shows them: each page in its language, no wider than the screen, written to
/// docs/screenshots as <c>phone-{page}-{language}.png</c>.
/// </summary>
public sealed class PhoneScreenshotsTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("fr", "Trouver des partenaires")]
    [InlineData("pt", "Encontrar parceiros")]
    public async Task The_directory_a_gap_and_Find_partners_fit_a_phone(string culture, string findPartners)
    {
        var gap = await Data.QueryAsync(db => db.Gaps.Where(g => g.Title == DemoActivity.TrainingGapTitle).Select(g => g.Id).SingleAsync());
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;
        await page.SetViewportSizeAsync(390, 844);

        var pages = new (string Name, string Address)[]
        {
            ("directory", $"/Organizations?culture={culture}"),
            ("gap", $"/Gaps/{gap}?culture={culture}"),
            ("find-partners", $"/Partners/Find?seeks=employer-engagement&countries=GT&countries=SV&culture={culture}"),
        };
        foreach (var (name, address) in pages)
        {
            await visitor.OpenAsync(address);
            await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", culture);
            var width = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
            Assert.True(width[0] <= width[1], $"{address} is {width[0]} px wide on a {width[1]} px screen.");
            await Screenshots.SaveFullPageAsync(page, $"phone-{name}-{culture}.png");
        }

        // Find partners: the results first, the search behind its button.
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(findPartners);
        await Expect(page.GetByTestId("suggestion").First).ToBeInViewportAsync();
        await Expect(page.Locator("#find-form")).ToBeHiddenAsync();
    }
}
