using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;
using WorkwaysPortal.BrowserTests.Infrastructure;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Alerts;
using WorkwaysPortal.Data.Mail;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;
using WorkwaysPortal.Web.Infrastructure.Mail;
using static Microsoft.Playwright.Assertions;

namespace WorkwaysPortal.BrowserTests.Partners;

/// <summary>
/// The two-sided partnering journeys of issue 13 in headless Chromium, with no browser error and no
/// serious accessibility violation on any page visited: (2) a delegate finds an organization in Find
/// partners, contacts it, its delegate replies, the contact details appear and the conversation turns
/// into a proposal; (3) a delegate saves a search nobody fits yet, a moderator verifies an organization
/// that fits, the alert job runs and the digest email in the pickup folder links to that organization.
/// </summary>
public sealed partial class PartneringJourneyTests(BrowserFixture fixture) : BrowserTest(fixture)
{
    /// <summary>A combination the demo organizations do not offer: language training in Belize.</summary>
    private const string Seeks = "language-training";
    private const string Country = "BZ";
    private const string FindUrl = $"/Partners/Find?seeks={Seeks}&countries={Country}";

    [Fact]
    public async Task A_delegate_contacts_an_organization_from_a_match_the_reply_shares_its_contact_details_and_the_conversation_becomes_a_proposal()
    {
        var seekerDelegate = await Data.UserAsync("seeker@example.org");
        var targetDelegate = await Data.UserAsync("target@example.org");
        var seeker = await Data.VerifiedAsync(TestData.Profile("Seeker Network", countries: ["GT"], seeks: [Seeks]), seekerDelegate.Id);
        var target = await Data.VerifiedAsync(
            TestData.Profile("Belize Language School", "academia", [Country], offers: [Seeks], description: "Teaches English and Spanish to migrants."),
            targetDelegate.Id);
        var seeking = await SignedInAsync(seekerDelegate.Email!);
        var answering = await SignedInAsync(targetDelegate.Email!);
        var page = seeking.Page;

        // Find partners: the school is a match, with "Contact this organization" for a signed-in delegate.
        await seeking.OpenAsync(FindUrl);
        var match = page.Locator($"[data-testid='suggestion'][data-organization-id='{target.Id}']");
        await Expect(match).ToBeVisibleAsync();
        await match.GetByTestId("contact").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/Organizations/{target.Id}/Contact");
        await seeking.CheckPageAsync();

        await page.GetByLabel("Message", new() { Exact = true }).FillAsync("Could you teach English to the workers we place in Belize?");
        await page.GetByTestId("send").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath.StartsWith("/Conversations/", StringComparison.Ordinal));
        await seeking.CheckPageAsync();
        var conversationPath = new Uri(page.Url).AbsolutePath;
        await Expect(page.GetByTestId("contact-hidden")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("contact")).ToHaveCountAsync(0);

        // The school's delegate finds the conversation (unread) and replies.
        await answering.OpenAsync("/Conversations");
        var row = answering.Page.Locator("[data-testid='conversation']", new() { HasText = "Seeker Network" });
        await Expect(row.GetByTestId("conversation-unread")).ToBeVisibleAsync();
        await row.GetByRole(Microsoft.Playwright.AriaRole.Link, new() { Name = "Seeker Network" }).ClickAsync();
        await answering.Page.WaitForURLAsync(url => new Uri(url).AbsolutePath == conversationPath);
        await answering.CheckPageAsync();
        await Expect(answering.Page.GetByTestId("message-body")).ToHaveTextAsync("Could you teach English to the workers we place in Belize?");
        await answering.Page.GetByLabel("Reply", new() { Exact = true }).FillAsync("Yes: we run evening classes in Belize City.");
        await answering.Page.GetByTestId("send").ClickAsync();
        await Expect(answering.Page.GetByTestId("message")).ToHaveCountAsync(2);
        await answering.CheckPageAsync();

        // Back on the conversation, the seeker sees the reply and, now, the school's contact details.
        await seeking.OpenAsync(conversationPath);
        await Expect(page.GetByTestId("message-body").Last).ToHaveTextAsync("Yes: we run evening classes in Belize City.");
        await Expect(page.GetByTestId("contact-hidden")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("contact")).ToContainTextAsync("ana@example.org");

        // One step to a proposal: the form comes with the school as partner; submitted, it waits for the school's answer.
        await page.GetByTestId("propose").ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == $"/Organizations/{seeker.Id}/Proposals/New");
        await seeking.CheckPageAsync();
        await Expect(page.Locator("select[name='Input.Partners[0].OrganizationId']")).ToHaveValueAsync(target.Id.ToString(CultureInfo.InvariantCulture));
        await page.FillAsync("input[name='Input.Title']", "English for placed workers in Belize");
        await page.FillAsync("textarea[name='Input.Rationale']", "We place the workers; the school teaches them English in the evening.");
        await page.ClickAsync("button[formaction*='handler=Submit']");
        await page.WaitForURLAsync(url => Regex.IsMatch(new Uri(url).AbsolutePath, "^/Proposals/[0-9]+$"));
        await seeking.CheckPageAsync();
        await Expect(page.GetByTestId("awaiting-partners")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("proposal-partner").Filter(new() { HasText = "Belize Language School" })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_saved_search_with_no_full_match_brings_a_digest_email_that_links_to_the_organization_verified_later()
    {
        var searcher = await Data.UserAsync("searcher@example.org");
        await Data.VerifiedAsync(TestData.Profile("Searching Agency", countries: ["GT"], seeks: [Seeks]), searcher.Id);
        var moderatorAccount = await Data.UserAsync("marta@example.org", Roles.Moderator);
        var visitor = await SignedInAsync(searcher.Email!);
        var page = visitor.Page;

        // Nobody fits everything yet: the page says so and offers to save the search.
        await visitor.OpenAsync(FindUrl);
        await Expect(page.GetByTestId("result-count")).ToHaveTextAsync("No organization fits all of this yet.");
        var save = page.GetByTestId("save-search");
        await save.Locator("input[name='name']").FillAsync("Language training in Belize");
        await save.Locator("select[name='frequency']").SelectOptionAsync("Instant");
        await save.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Save this search" }).ClickAsync();
        await page.WaitForURLAsync(url => new Uri(url).AbsolutePath == "/Account/Manage/Alerts");
        await visitor.CheckPageAsync();
        await Expect(page.Locator("main")).ToContainTextAsync("Language training in Belize");

        // A school that fits registers; a moderator verifies it.
        var founder = await Data.UserAsync("founder@example.org");
        var school = await Data.PendingAsync(
            TestData.Profile("Belize Language School", "academia", [Country], offers: [Seeks], description: "Teaches English and Spanish to migrants."),
            founder.Id);
        var moderator = await SignedInAsync(moderatorAccount.Email!);
        await moderator.OpenAsync($"/Moderation/Organizations/Review/{school.Id}");
        await moderator.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Verify organization" }).ClickAsync();
        await moderator.Page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/Moderation/Organizations/Review", StringComparison.Ordinal));
        await moderator.CheckPageAsync();
        Assert.Equal(VerificationStatus.Verified, await Data.QueryAsync(db => db.Organizations.Where(o => o.Id == school.Id).Select(o => o.Status).SingleAsync()));

        // The alert job runs (as `workways alerts run` does), with links to this portal, and the mail goes to the pickup folder.
        var folder = Path.Combine(Path.GetTempPath(), "workways-browser-pickup-" + Guid.NewGuid().ToString("N"));
        try
        {
            var mail = new MailOptions { PublicBaseUrl = Fixture.App.Address.ToString(), PickupDirectory = folder };
            await using (var scope = Fixture.App.Services.CreateAsyncScope())
            {
                var runner = ActivatorUtilities.CreateInstance<AlertRunner>(scope.ServiceProvider, Options.Create(mail));
                var result = await runner.RunAsync(ignoreSchedule: false, CancellationToken.None);
                Assert.Equal(1, result.Digests);
            }

            var sender = new OutboxMailSender(
                Fixture.App.Services.GetRequiredService<IServiceScopeFactory>(),
                new MailTransportFactory(mail, folder),
                Options.Create(mail),
                TimeProvider.System,
                NullLogger<OutboxMailSender>.Instance);
            await sender.SendPendingAsync(CancellationToken.None);

            var digest = await DigestAsync(folder, searcher.Email!);
            var body = digest.TextBody ?? "";
            Assert.Contains("Language training in Belize", body, StringComparison.Ordinal);
            Assert.Contains("Belize Language School", body, StringComparison.Ordinal);
            // Written in English and in Spanish (the searcher never chose a language): the same link in both.
            var link = OrganizationLink().Matches(body).Select(m => m.Value).Distinct(StringComparer.Ordinal)
                .Single(l => l.EndsWith($"/Organizations/{school.Id}", StringComparison.Ordinal));
            Assert.StartsWith(Fixture.App.Address.ToString().TrimEnd('/'), link, StringComparison.Ordinal);

            // The link opens the school's page.
            await visitor.OpenAsync(link);
            Assert.Equal($"/Organizations/{school.Id}", new Uri(page.Url).AbsolutePath);
            await Expect(page.Locator("h1")).ToContainTextAsync("Belize Language School");
        }
        finally
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    /// <summary>The one digest email the pickup folder holds for <paramref name="to"/>.</summary>
    private static async Task<MimeMessage> DigestAsync(string folder, string to)
    {
        var messages = new List<MimeMessage>();
        foreach (var file in Directory.GetFiles(folder, "*.eml"))
        {
            messages.Add(await MimeMessage.LoadAsync(file));
        }

        return Assert.Single(messages, m =>
            m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase))
            && (m.Subject ?? "").StartsWith("New partners for your saved searches", StringComparison.Ordinal));
    }

    [GeneratedRegex(@"https?://\S+/Organizations/[0-9]+")]
    private static partial Regex OrganizationLink();
}
