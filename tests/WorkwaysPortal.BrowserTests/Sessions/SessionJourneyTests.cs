using DocumentFormat.OpenXml.Packaging;
using Microsoft.Playwright;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data.Seed;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Sessions;

/// <summary>
/// Staff sign in, open the demo session from the header, download its summary as Word and read it back,
/// open the print view (its on-screen hint disappears in print), and go on to the dashboard — with no
/// browser error and no serious accessibility violation.
/// </summary>
public sealed class SessionJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task Staff_open_the_demo_session_export_it_print_it_and_open_the_dashboard()
    {
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;
        await visitor.OpenAsync("/");
        await SignInAsync(visitor, DemoAccounts.StaffEmail, DemoAccounts.Password);

        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Sessions", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Sessions");
        await visitor.CheckPageAsync();

        await page.GetByRole(AriaRole.Link, new() { Name = DemoSession.Title, Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(DemoSession.Title);
        await visitor.CheckPageAsync();
        await Expect(page.GetByTestId("participants").Locator("tbody tr")).ToHaveCountAsync(DemoSession.Participants.Count);
        await Expect(page.GetByTestId("agreements").Locator("li")).ToHaveCountAsync(DemoSession.Agreements.Count);
        await Screenshots.SaveFullPageAsync(page, "session-en.png");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-docx").ClickAsync());
        Assert.Matches(@"^workways-session-\d+-2021-05-26-en\.docx$", download.SuggestedFilename);
        using (var document = WordprocessingDocument.Open(await download.PathAsync(), false))
        {
            var text = document.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("Partnership opportunities", text, StringComparison.Ordinal);
            Assert.All(DemoSession.Participants, p => Assert.Contains(p.Name, text, StringComparison.Ordinal));
        }

        await page.GetByTestId("print-view").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.EndsWith("/Print", StringComparison.Ordinal));
        await visitor.CheckPageAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Partnership opportunities" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("print-hint")).ToBeVisibleAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.GetByTestId("print-hint")).ToBeHiddenAsync();
        await page.EmulateMediaAsync(new() { Media = Media.Screen });

        await page.GoBackAsync();
        await MainNavigation(page).GetByRole(AriaRole.Link, new() { Name = "Dashboard", Exact = true }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Staff/Dashboard");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Staff dashboard");
        await visitor.CheckPageAsync();
        await Screenshots.SaveFullPageAsync(page, "dashboard-en.png");
        visitor.AssertNoProblems();
    }

    [Fact]
    public async Task Staff_paste_a_report_review_the_draft_and_save_it()
    {
        var report = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Sessions", "SeedReport.txt"));
        var visitor = await NewVisitorAsync();
        var page = visitor.Page;
        await visitor.OpenAsync("/");
        await SignInAsync(visitor, DemoAccounts.StaffEmail, DemoAccounts.Password);
        await visitor.OpenAsync("/Sessions/New");

        await page.GetByLabel("Text of the report").FillAsync(report);
        await page.GetByRole(AriaRole.Button, new() { Name = "Fill the form from the report" }).ClickAsync();
        await Expect(page.GetByTestId("draft-notice")).ToBeVisibleAsync();
        await visitor.CheckPageAsync();
        await Expect(page.GetByLabel("Participant 1", new() { Exact = true })).ToHaveValueAsync("Lisa Smith");
        await Expect(page.GetByLabel("Participant 5", new() { Exact = true })).ToHaveValueAsync("Arturo Ruiz Trhamppe");

        // The report gives no date: saving without one puts the error next to the field.
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(ErrorNextTo(page, "Input_HeldOn")).ToHaveTextAsync("A date is required.");
        await visitor.CheckPageAsync();

        await page.GetByLabel("Date", new() { Exact = true }).FillAsync("2021-05-26");
        await page.GetByLabel("Title", new() { Exact = true }).FillAsync("Session 1, from its report");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Session 1, from its report");
        await visitor.CheckPageAsync();
        await Expect(page.GetByTestId("participants").Locator("tbody tr")).ToHaveCountAsync(5);
        await Expect(page.GetByTestId("agreements").Locator("li")).ToHaveCountAsync(6);
        visitor.AssertNoProblems();
    }
}
