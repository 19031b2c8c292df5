using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using WorkwaysPortal.Testing;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Journeys;

public sealed class AccessTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task A_delegate_cannot_open_another_organizations_edit_page()
    {
        var email = $"fresh.{Guid.NewGuid():N}@example.org";
        await Data.UserAsync(email);
        var gmies = await Data.QueryAsync(db => db.Organizations.Where(o => o.Name == DemoData.GmiesName).Select(o => o.Id).SingleAsync());
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;
        await visitor.OpenAsync("/");
        await SignInAsync(visitor, email, TestData.Password);

        var edit = $"/Organizations/{gmies}/Edit";
        visitor.ExpectStatus(edit, 403);
        var response = await visitor.OpenAsync(edit);

        Assert.Equal(403, response.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("You don't have access to this page");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Save" })).ToHaveCountAsync(0);
        await Expect(page.GetByLabel("Description", new() { Exact = true })).ToHaveCountAsync(0);
    }
}
