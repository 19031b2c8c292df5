using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Alerts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Alerts;

/// <summary>Saving a Find-partners search and managing it in the account (issue 13).</summary>
public sealed class SavedSearchTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private const string Find = "/Partners/Find?seeks=legal-aid&countries=PE";

    private async Task<PortalClient> MemberAsync(string email)
    {
        await Data.UserAsync(email);
        var client = NewClient();
        await client.SignInAsync(email, TestData.Password);
        return client;
    }

    private static Task<HttpResponseMessage> SaveAsync(PortalClient client, string name, string frequency = "Daily") =>
        client.SubmitAsync(
            Find,
            [new("seeks", "legal-aid"), new("countries", "pe"), new("name", name), new("frequency", frequency)],
            "/Alerts/Save");

    private async Task<SavedSearch> OnlySearchAsync()
    {
        await using var db = Database.CreateDbContext();
        return await db.SavedSearches.AsNoTracking().SingleAsync();
    }

    [Fact]
    public async Task Find_partners_offers_to_save_the_search_to_a_signed_in_person_and_a_sign_in_link_to_others()
    {
        var anonymous = await NewClient().GetPageAsync(Find);
        Assert.Contains("Sign in to save this search and get alerts", anonymous, StringComparison.Ordinal);
        Assert.DoesNotContain("action=\"/Alerts/Save\"", anonymous, StringComparison.Ordinal);

        var client = await MemberAsync("ana@example.org");
        var html = await client.GetPageAsync(Find);
        Assert.Contains("action=\"/Alerts/Save\"", html, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"save-search\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_search_keeps_the_normalized_criteria_and_can_be_renamed_rescheduled_and_deleted()
    {
        var client = await MemberAsync("ana@example.org");

        using (var saved = await SaveAsync(client, "Lawyers in Peru"))
        {
            Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
            Assert.Equal("/Account/Manage/Alerts", saved.Headers.Location!.OriginalString);
        }

        var search = await OnlySearchAsync();
        Assert.Equal("Lawyers in Peru", search.Name);
        Assert.Equal(["legal-aid"], search.Seeks);
        Assert.Equal(["PE"], search.Countries);
        Assert.Equal(AlertFrequency.Daily, search.Frequency);
        Assert.True(search.Active);
        Assert.Contains("Lawyers in Peru", await client.GetPageAsync("/Account/Manage/Alerts"), StringComparison.Ordinal);

        using (var renamed = await client.SubmitAsync(
                   "/Account/Manage/Alerts", [new("name", "Peru legal aid"), new("frequency", "Weekly")], $"/Account/Manage/Alerts?handler=Update&id={search.Id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, renamed.StatusCode);
        }

        search = await OnlySearchAsync();
        Assert.Equal("Peru legal aid", search.Name);
        Assert.Equal(AlertFrequency.Weekly, search.Frequency);

        var confirm = await client.GetPageAsync($"/Account/Manage/Alerts?delete={search.Id}");
        Assert.Contains("data-testid=\"confirm-delete\"", confirm, StringComparison.Ordinal);
        using (var deleted = await client.SubmitAsync("/Account/Manage/Alerts", [], $"/Account/Manage/Alerts?handler=Delete&id={search.Id}"))
        {
            Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        }

        await using var db = Database.CreateDbContext();
        Assert.False(await db.SavedSearches.AnyAsync());
        Assert.Equal(
            [AuditActions.SavedSearchCreated, AuditActions.SavedSearchChanged, AuditActions.SavedSearchDeleted],
            await db.AuditEvents.Where(e => e.SubjectType == AuditSubjects.SavedSearch).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync());
    }

    [Fact]
    public async Task A_name_is_required_and_the_message_is_next_to_the_field()
    {
        var client = await MemberAsync("ana@example.org");

        using var response = await SaveAsync(client, "  ");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Give the saved search a name.", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        await using var db = Database.CreateDbContext();
        Assert.False(await db.SavedSearches.AnyAsync());
    }

    [Fact]
    public async Task Someone_elses_saved_search_is_not_found_and_stays_unchanged()
    {
        var owner = await MemberAsync("owner@example.org");
        using (await SaveAsync(owner, "Peru watchlist"))
        {
        }

        var search = await OnlySearchAsync();
        var other = await MemberAsync("other@example.org");

        using var confirm = await other.GetAsync($"/Account/Manage/Alerts?delete={search.Id}");
        Assert.Equal(HttpStatusCode.NotFound, confirm.StatusCode);
        Assert.DoesNotContain("Peru watchlist", await other.GetPageAsync("/Account/Manage/Alerts"), StringComparison.Ordinal);
        foreach (var handler in new[] { "Update", "Toggle", "Delete" })
        {
            using var response = await other.SubmitAsync(
                "/Account/Manage/Alerts", [new("name", "Taken over"), new("frequency", "Instant")], $"/Account/Manage/Alerts?handler={handler}&id={search.Id}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        var after = await OnlySearchAsync();
        Assert.Equal("Peru watchlist", after.Name);
        Assert.True(after.Active);
        Assert.Equal(AlertFrequency.Daily, after.Frequency);
    }

    [Fact]
    public async Task At_most_fifty_saved_searches_per_person()
    {
        var client = await MemberAsync("ana@example.org");
        var user = await Data.QueryAsync(db => db.Users.SingleAsync(u => u.Email == "ana@example.org"));
        await using (var db = Database.CreateDbContext())
        {
            for (var i = 0; i < SavedSearch.MaxPerUser; i++)
            {
                db.SavedSearches.Add(SavedSearch.Create(user.Id, $"Search {i}", AlertFrequency.Daily, new(["legal-aid"], [], [], [], [], [], null), DateTimeOffset.UtcNow));
            }

            await db.SaveChangesAsync();
        }

        using var response = await SaveAsync(client, "One too many");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("You can keep at most 50 saved searches.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
