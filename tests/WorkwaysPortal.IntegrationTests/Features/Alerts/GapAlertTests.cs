using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data.Alerts;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Alerts;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.TestData;
using static WorkwaysPortal.Testing.WorkTestData;

namespace WorkwaysPortal.IntegrationTests.Features.Alerts;

/// <summary>Saved filters of the gaps list and of the directory (issue 13): a gap raised that a saved gaps filter finds comes in a digest.</summary>
public sealed class GapAlertTests(PortalDatabaseFixture database) : AlertTest(database)
{
    [Fact]
    public async Task A_gap_raised_after_a_gaps_filter_was_saved_comes_once_in_a_digest_that_links_to_it()
    {
        var now = DateTimeOffset.UtcNow;
        var clock = new Clock(now);
        var network = await VerifiedAtAsync(Profile("Red Hondureña", "civil-society", ["HN"]), now.AddDays(-1));
        var user = await Data.UserAsync("ana@example.org");
        await Data.GapAsync(network.Id, NewGap("Already there", requires: ["language-training"], countries: ["HN"]), now.AddMinutes(-5));
        await using (var db = Database.CreateDbContext())
        {
            db.SavedSearches.Add(SavedSearch.Create(
                user.Id, "Language training in Honduras", AlertFrequency.Instant, new(["language-training"], ["HN"], [], [], [], [], null), now, SavedSearchKind.Gaps));
            await db.SaveChangesAsync();
        }

        var fits = await Data.GapAsync(network.Id, NewGap("Spanish classes for returnees", requires: ["language-training"], countries: ["HN"]), now.AddMinutes(1));
        await Data.GapAsync(network.Id, NewGap("Elsewhere", requires: ["language-training"], countries: ["GT"]), now.AddMinutes(1));
        await Data.GapAsync(network.Id, NewGap("Other need", requires: ["legal-aid"], countries: ["HN"]), now.AddMinutes(1));
        // A new organization that would fit a partners search is no news to a gaps search.
        await VerifiedAtAsync(Profile("Language school", "academia", ["HN"], offers: ["language-training"]), now.AddMinutes(1));
        clock.Now = now.AddMinutes(5);

        Assert.Equal(new AlertRunResult(1, 1, 1), await RunAsync(clock));

        await using (var db = Database.CreateDbContext())
        {
            var notification = await db.Notifications.SingleAsync(n => n.UserId == user.Id);
            Assert.Equal(NotificationKinds.GapAlertDigest, notification.Kind);
            Assert.Equal("Language training in Honduras", notification.Subject);
            var email = await db.OutboxEmails.SingleAsync(e => e.To == "ana@example.org");
            Assert.StartsWith("New gaps for your saved searches", email.Subject, StringComparison.Ordinal);
            Assert.Contains("Spanish classes for returnees", email.Body, StringComparison.Ordinal);
            Assert.Contains($"/Gaps/{fits.Id}", email.Body, StringComparison.Ordinal);
            Assert.Contains("Needs Language training", email.Body, StringComparison.Ordinal);
            Assert.Contains("In Honduras", email.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Already there", email.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Elsewhere", email.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Other need", email.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Language school", email.Body, StringComparison.Ordinal);
            Assert.Equal([fits.Id], (await db.SavedSearches.SingleAsync()).SentGapIds);
        }

        clock.Now = now.AddMinutes(10);
        Assert.Equal(0, (await RunAsync(clock)).Digests);
    }

    [Fact]
    public async Task A_gap_of_an_organization_waiting_for_verification_comes_when_the_organization_is_verified_and_the_words_of_the_filter_count()
    {
        var now = DateTimeOffset.UtcNow;
        var clock = new Clock(now);
        var author = await Data.UserAsync("author@example.org");
        var waiting = await Data.PendingAsync(Profile("Waiting network", "civil-society", ["HN"]), author.Id);
        var user = await Data.UserAsync("ana@example.org");
        await using (var db = Database.CreateDbContext())
        {
            db.SavedSearches.Add(SavedSearch.Create(
                user.Id, "Nurses", AlertFrequency.Instant, new([], [], [], [], [], [], "nurses"), now, SavedSearchKind.Gaps));
            await db.SaveChangesAsync();
        }

        await Data.GapAsync(waiting.Id, NewGap("Recognition of nurses' diplomas", description: "Nurses returning need their diplomas recognised."), now.AddMinutes(1));
        await Data.GapAsync(waiting.Id, NewGap("Driving licences", description: "Returnees need their licences recognised."), now.AddMinutes(1));
        clock.Now = now.AddMinutes(2);
        Assert.Equal(0, (await RunAsync(clock)).Digests);

        await Data.QueryAsync(async db =>
        {
            var organization = await db.Organizations.SingleAsync(o => o.Id == waiting.Id);
            organization.Verify(Guid.NewGuid(), now.AddMinutes(3));
            return await db.SaveChangesAsync();
        });
        clock.Now = now.AddMinutes(4);

        Assert.Equal(new AlertRunResult(1, 1, 1), await RunAsync(clock));
        await using var after = Database.CreateDbContext();
        var email = await after.OutboxEmails.SingleAsync();
        Assert.Contains("Recognition of nurses", email.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Driving licences", email.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gaps_list_links_its_filter_to_the_save_page_which_saves_a_gaps_search()
    {
        var client = await SignedInAsync("ana@example.org");

        var list = await client.GetPageAsync("/Gaps?capability=language-training&country=HN&status=open");
        Assert.Contains("href=\"/Alerts/Save?seeks=language-training&amp;countries=HN&amp;kind=Gaps\"", list, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"save-filter\"", await client.GetPageAsync("/Gaps"), StringComparison.Ordinal);

        var page = await client.GetPageAsync("/Alerts/Save?seeks=language-training&countries=HN&kind=Gaps");
        Assert.Contains("New gaps: Language training · Honduras", page, StringComparison.Ordinal);
        using var response = await client.SubmitAsync(
            "/Alerts/Save?seeks=language-training&countries=HN&kind=Gaps",
            [new("seeks", "language-training"), new("countries", "HN"), new("name", "Training in Honduras"), new("frequency", "Weekly"), new("kind", "Gaps")]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        await using var db = Database.CreateDbContext();
        var saved = await db.SavedSearches.SingleAsync();
        Assert.Equal(SavedSearchKind.Gaps, saved.Kind);
        Assert.Equal(["language-training"], saved.Seeks);
        Assert.Equal(["HN"], saved.Countries);
        var manage = await client.GetPageAsync("/Account/Manage/Alerts");
        Assert.Contains("href=\"/Gaps?capability=language-training&amp;country=HN\"", manage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_gaps_search_takes_one_value_per_filter_and_no_sector()
    {
        var client = await SignedInAsync("ana@example.org");
        using var response = await client.SubmitAsync(
            "/Alerts/Save?seeks=language-training&kind=Gaps",
            [new("seeks", "language-training"), new("seeks", "legal-aid"), new("sectors", "academia"), new("name", "Too much"), new("frequency", "Daily"), new("kind", "Gaps")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("Choose at most 1 values.", html, StringComparison.Ordinal);
        Assert.Contains("The gaps list filters by capability, country, sub-region and words only.", html, StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.Equal(0, await db.SavedSearches.CountAsync());
    }

    [Fact]
    public async Task The_directory_links_its_filter_to_the_save_page_as_a_partners_search()
    {
        var client = NewClient();

        var html = await client.GetPageAsync("/Organizations?capability=legal-aid&country=PE&sector=legal-professional&q=lawyers");

        Assert.Contains("href=\"/Alerts/Save?seeks=legal-aid&amp;countries=PE&amp;sectors=legal-professional&amp;text=lawyers\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"save-filter\"", await client.GetPageAsync("/Organizations"), StringComparison.Ordinal);
    }
}
