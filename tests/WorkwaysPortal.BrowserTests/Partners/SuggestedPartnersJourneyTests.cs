using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Partners;

/// <summary>
/// From a gap to a proposal in headless Chromium: GMIES's delegate opens the gap GMIES raised, sees
/// suggested partners with their reasons in the UI language, and starts a proposal from one of them;
/// the form arrives pre-filled with the pair and the gap, and saves as a draft that names both.
/// </summary>
public sealed class SuggestedPartnersJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Theory]
    [InlineData("en", "Suggested partners", "which this gap requires", "Also works in", "Propose a partnership")]
    [InlineData("es", "Socios sugeridos", "que esta brecha requiere", "También trabaja en", "Proponer una alianza")]
    public async Task A_delegate_sees_suggested_partners_with_reasons_on_a_gap_and_starts_a_proposal_from_one(
        string culture, string heading, string capabilityReason, string countryReason, string proposeHeading)
    {
        var (gapId, gmiesId) = await TrainingGapAsync();
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;
        await visitor.OpenAsync($"/?culture={culture}");
        await SignInWithFormAsync(visitor, DemoAccounts.DelegateEmail, DemoAccounts.Password);

        // The gap's page: ranked suggestions, each with a score and reasons from the same numbers.
        await visitor.OpenAsync($"/Gaps/{gapId}");
        var section = page.GetByTestId("suggested-partners");
        await Expect(section.Locator("h2")).ToHaveTextAsync(heading);
        var suggestions = section.GetByTestId("suggestion");
        await Expect(suggestions.First).ToBeVisibleAsync();
        Assert.InRange(await suggestions.CountAsync(), 1, 10);
        await Expect(section.GetByTestId("reason").Filter(new() { HasText = capabilityReason }).First).ToBeVisibleAsync();
        await Expect(section.GetByTestId("reason").Filter(new() { HasText = countryReason }).First).ToBeVisibleAsync();
        Assert.Equal(0, await suggestions.Locator($"[data-organization-id='{gmiesId}']").CountAsync());
        await Screenshots.SaveFullPageAsync(page, $"gap-suggested-partners-{culture}.png");

        // One click from the best suggestion: the proposal form with the pair and the gap.
        var first = suggestions.First;
        var partnerId = await first.GetAttributeAsync("data-organization-id");
        var partnerName = (await first.Locator("h3 a").InnerTextAsync()).Trim();
        Assert.NotEmpty(await first.GetByTestId("reason").AllInnerTextsAsync());
        await first.GetByTestId("propose").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/Organizations/{gmiesId}/Proposals/New");
        await visitor.CheckPageAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(proposeHeading);
        await Expect(page.Locator("main")).ToContainTextAsync(DemoData.GmiesName);
        await Expect(page.Locator("select[name='Input.Partners[0].OrganizationId']")).ToHaveValueAsync(partnerId!);
        await Expect(page.Locator("select[name='Input.GapId']")).ToHaveValueAsync(gapId.ToString(CultureInfo.InvariantCulture));

        // The pre-filled form saves as a draft naming the partner and the gap.
        await page.FillAsync("input[name='Input.Title']", $"Training alliance ({culture})");
        await page.ClickAsync("button[formaction*='handler=Draft']");
        await page.WaitForURLAsync(url => url.Contains("/Proposals/", StringComparison.Ordinal) && !url.Contains("New", StringComparison.Ordinal));
        await visitor.CheckPageAsync();
        await Expect(page.GetByTestId("proposal-gap")).ToHaveTextAsync(DemoActivity.TrainingGapTitle);
        await Expect(page.GetByTestId("proposal-partner").Filter(new() { HasText = partnerName })).ToHaveCountAsync(1);
    }

    /// <summary>The demo gap GMIES raised (training in the north of Central America) and GMIES's id.</summary>
    private async Task<(int GapId, int GmiesId)> TrainingGapAsync()
    {
        await using var scope = Fixture.App.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var gmiesId = await db.Organizations.Where(o => o.Name == DemoData.GmiesName).Select(o => o.Id).SingleAsync();
        var gapId = await db.Gaps.Where(g => g.Title == DemoActivity.TrainingGapTitle).Select(g => g.Id).SingleAsync();
        return (gapId, gmiesId);
    }
}
