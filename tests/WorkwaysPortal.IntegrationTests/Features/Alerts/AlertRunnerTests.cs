using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WorkwaysPortal.Data;
using WorkwaysPortal.Data.Alerts;
using WorkwaysPortal.Data.Matching;
using WorkwaysPortal.Domain.Alerts;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;
using static WorkwaysPortal.Testing.TestData;

namespace WorkwaysPortal.IntegrationTests.Features.Alerts;

/// <summary>The alert job: digests of organizations that newly fit saved searches (issue 13).</summary>
public sealed class AlertRunnerTests(PortalDatabaseFixture database) : AlertTest(database)
{
    private static readonly SavedCriteria LawyersInPeru = new(["legal-aid"], ["PE"], [], [], [], [], null);

    private async Task<(Guid User, int Search)> SavedAsync(AlertFrequency frequency, DateTimeOffset at, string email = "ana@example.org")
    {
        var user = await Data.UserAsync(email);
        await using var db = Database.CreateDbContext();
        var search = SavedSearch.Create(user.Id, "Lawyers in Peru", frequency, LawyersInPeru, at);
        db.SavedSearches.Add(search);
        await db.SaveChangesAsync();
        return (user.Id, search.Id);
    }

    [Fact]
    public async Task An_organization_verified_after_the_search_was_saved_comes_once_in_a_digest_with_its_link_and_reasons()
    {
        var now = DateTimeOffset.UtcNow;
        var clock = new Clock(now);

        // Fits already when the search is saved (its owner saw it on Find partners): not news.
        await VerifiedAtAsync(Profile("Old Lawyers", "legal-professional", ["PE"], offers: ["legal-aid"]), now.AddMinutes(-5));
        var (user, search) = await SavedAsync(AlertFrequency.Instant, now);
        Assert.Equal(0, (await RunAsync(clock)).Digests);

        var lawyers = await VerifiedAtAsync(Profile("Abogados del Perú", "legal-professional", ["PE"], offers: ["legal-aid"]), now.AddMinutes(1));
        await VerifiedAtAsync(Profile("Lawyers in Chile", "legal-professional", ["CL"], offers: ["research"]), now.AddMinutes(1));
        clock.Now = now.AddMinutes(5);

        var first = await RunAsync(clock);

        Assert.Equal(new AlertRunResult(1, 1, 1), first);
        await using (var db = Database.CreateDbContext())
        {
            var notification = await db.Notifications.SingleAsync(n => n.UserId == user);
            Assert.Equal(NotificationKinds.AlertDigest, notification.Kind);
            Assert.Equal("Lawyers in Peru", notification.Subject);
            Assert.Equal(lawyers.Id, notification.OrganizationId);
            var email = await db.OutboxEmails.SingleAsync(e => e.To == "ana@example.org");
            Assert.Contains("Abogados del Perú", email.Body, StringComparison.Ordinal);
            Assert.Contains($"/Organizations/{lawyers.Id}", email.Body, StringComparison.Ordinal);
            Assert.Contains("which you seek", email.Body, StringComparison.Ordinal);
            Assert.Contains("/Alerts/Unsubscribe?token=", email.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Old Lawyers", email.Body, StringComparison.Ordinal);
            Assert.DoesNotContain("Lawyers in Chile", email.Body, StringComparison.Ordinal);
            var saved = await db.SavedSearches.SingleAsync(s => s.Id == search);
            Assert.Equal([lawyers.Id], saved.SentOrganizationIds);
            Assert.Equal(1, await db.AlertDigests.CountAsync());
        }

        clock.Now = now.AddMinutes(10);
        Assert.Equal(0, (await RunAsync(clock)).Digests);
        await using var after = Database.CreateDbContext();
        Assert.Equal(1, await after.Notifications.CountAsync());
        Assert.Equal(1, await after.OutboxEmails.CountAsync());
    }

    [Fact]
    public async Task A_daily_search_sends_at_most_one_digest_a_day()
    {
        var day = new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero).AddDays(-3);
        var clock = new Clock(day.AddHours(8));
        await SavedAsync(AlertFrequency.Daily, day.AddHours(8));
        await VerifiedAtAsync(Profile("Abogados Uno", "legal-professional", ["PE"], offers: ["legal-aid"]), day.AddHours(9));

        clock.Now = day.AddHours(10);
        Assert.Equal(0, (await RunAsync(clock)).Digests);

        clock.Now = day.AddDays(1).AddHours(8);
        Assert.Equal(1, (await RunAsync(clock)).Digests);

        await VerifiedAtAsync(Profile("Abogados Dos", "legal-professional", ["PE"], offers: ["legal-aid"]), day.AddDays(1).AddHours(9));
        clock.Now = day.AddDays(1).AddHours(12);
        Assert.Equal(0, (await RunAsync(clock)).Digests);

        clock.Now = day.AddDays(2).AddHours(8);
        Assert.Equal(new AlertRunResult(1, 1, 1), await RunAsync(clock));
        await using var db = Database.CreateDbContext();
        Assert.Equal(["daily:" + day.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "daily:" + day.AddDays(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)],
            await db.AlertDigests.OrderBy(d => d.Id).Select(d => d.Period).ToListAsync());
        Assert.Contains("Abogados Dos", (await db.OutboxEmails.OrderBy(e => e.Id).LastAsync()).Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_runners_at_once_send_exactly_one_digest()
    {
        var now = DateTimeOffset.UtcNow;
        await SavedAsync(AlertFrequency.Instant, now);
        await VerifiedAtAsync(Profile("Abogados del Perú", "legal-professional", ["PE"], offers: ["legal-aid"]), now.AddMinutes(1));
        var clock = new Clock(now.AddMinutes(5));

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => RunAsync(clock))));

        Assert.Equal(1, results.Sum(r => r.Digests));
        await using var db = Database.CreateDbContext();
        Assert.Equal(1, await db.Notifications.CountAsync());
        Assert.Equal(1, await db.OutboxEmails.CountAsync());
        Assert.Equal(1, await db.AlertDigests.CountAsync());
    }

    [Fact]
    public async Task A_run_that_fails_before_its_commit_leaves_nothing_and_the_next_run_sends_the_digest_once()
    {
        var now = DateTimeOffset.UtcNow;
        var (_, search) = await SavedAsync(AlertFrequency.Instant, now);
        await VerifiedAtAsync(Profile("Abogados del Perú", "legal-professional", ["PE"], offers: ["legal-aid"]), now.AddMinutes(1));
        var clock = new Clock(now.AddMinutes(5));

        // The database refuses the digest row, as a crash or restart would cut the transaction short.
        await using (var db = Database.CreateDbContext())
        {
            await db.Database.ExecuteSqlRawAsync("""
                CREATE FUNCTION test_refuse_digest() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'crash'; END $$;
                CREATE TRIGGER test_refuse_digest BEFORE INSERT ON alert_digests FOR EACH ROW EXECUTE FUNCTION test_refuse_digest();
                """);
        }

        try
        {
            await Assert.ThrowsAnyAsync<Exception>(() => RunAsync(clock));
            await using var db = Database.CreateDbContext();
            Assert.Equal(0, await db.Notifications.CountAsync());
            Assert.Equal(0, await db.OutboxEmails.CountAsync());
            var unchanged = await db.SavedSearches.SingleAsync(s => s.Id == search);
            Assert.Empty(unchanged.SentOrganizationIds);
            Assert.Equal(unchanged.CreatedAt, unchanged.LastRunAt);
        }
        finally
        {
            await using var db = Database.CreateDbContext();
            await db.Database.ExecuteSqlRawAsync("DROP TRIGGER test_refuse_digest ON alert_digests; DROP FUNCTION test_refuse_digest();");
        }

        Assert.Equal(1, (await RunAsync(clock)).Digests);
        Assert.Equal(0, (await RunAsync(clock)).Digests);
        await using var after = Database.CreateDbContext();
        Assert.Equal(1, await after.Notifications.CountAsync());
        Assert.Equal(1, await after.OutboxEmails.CountAsync());
    }

    [Fact]
    public async Task A_search_turned_off_sends_nothing()
    {
        var now = DateTimeOffset.UtcNow;
        var (_, search) = await SavedAsync(AlertFrequency.Instant, now);
        await using (var db = Database.CreateDbContext())
        {
            (await db.SavedSearches.SingleAsync(s => s.Id == search)).TurnOff();
            await db.SaveChangesAsync();
        }

        await VerifiedAtAsync(Profile("Abogados del Perú", "legal-professional", ["PE"], offers: ["legal-aid"]), now.AddMinutes(1));

        Assert.Equal(0, (await RunAsync(new Clock(now.AddMinutes(5)), ignoreSchedule: true)).Digests);
    }

    [Fact]
    public async Task Searches_that_find_nothing_new_move_their_last_run_in_one_statement_without_a_digest()
    {
        var day = new DateTimeOffset(DateTimeOffset.UtcNow.Date, TimeSpan.Zero).AddDays(-2);
        var (_, ana) = await SavedAsync(AlertFrequency.Daily, day.AddHours(8));
        var (_, ben) = await SavedAsync(AlertFrequency.Daily, day.AddHours(8), "ben@example.org");
        var (_, moved) = await SavedAsync(AlertFrequency.Daily, day.AddHours(8), "carla@example.org");
        // Something changed, but nothing that fits lawyers in Peru.
        await VerifiedAtAsync(Profile("Chilean school", "academia", ["CL"], offers: ["research"]), day.AddHours(9));
        var clock = new Clock(day.AddDays(1).AddHours(8));

        Assert.Equal(new AlertRunResult(0, 0, 3), await RunAsync(clock));

        await using (var db = Database.CreateDbContext())
        {
            Assert.All(await db.SavedSearches.ToListAsync(), s => Assert.Equal(clock.Now, s.LastRunAt));
            Assert.Equal(0, await db.AlertDigests.CountAsync());
            Assert.Equal(0, await db.Notifications.CountAsync());
        }

        // Not due again the same day; the next day, one that another runner ran this morning is not run (or moved) again.
        Assert.Equal(default, await RunAsync(new Clock(day.AddDays(1).AddHours(12))));
        await VerifiedAtAsync(Profile("Another school", "academia", ["CL"], offers: ["research"]), day.AddDays(1).AddHours(13));
        clock.Now = day.AddDays(2).AddHours(8);
        var elsewhere = day.AddDays(2).AddHours(7);
        await Data.QueryAsync(db => db.SavedSearches.Where(s => s.Id == moved).ExecuteUpdateAsync(u => u.SetProperty(s => s.LastRunAt, elsewhere)));

        Assert.Equal(new AlertRunResult(0, 0, 2), await RunAsync(clock));
        await using var after = Database.CreateDbContext();
        Assert.Equal(clock.Now, (await after.SavedSearches.SingleAsync(s => s.Id == ana)).LastRunAt);
        Assert.Equal(clock.Now, (await after.SavedSearches.SingleAsync(s => s.Id == ben)).LastRunAt);
        Assert.Equal(elsewhere, (await after.SavedSearches.SingleAsync(s => s.Id == moved)).LastRunAt);
    }

    [Fact]
    public async Task The_unsubscribe_link_turns_the_search_off_without_sign_in_and_a_tampered_one_answers_400()
    {
        var (_, search) = await SavedAsync(AlertFrequency.Daily, DateTimeOffset.UtcNow);
        var token = App.Services.GetRequiredService<AlertUnsubscribeTokens>().For(search);
        var url = AlertLinks.Unsubscribe(token);
        var client = NewClient();

        var page = WebUtility.HtmlDecode(await client.GetPageAsync(url));
        Assert.Contains("Stop the alerts of the saved search \"Lawyers in Peru\"?", page, StringComparison.Ordinal);
        using (var response = await client.SubmitAsync(url, [new("token", token)]))
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("You will no longer get alerts", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        await using (var db = Database.CreateDbContext())
        {
            Assert.False((await db.SavedSearches.SingleAsync()).Active);
        }

        var tampered = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");
        foreach (var bad in new[] { AlertLinks.Unsubscribe(tampered), "/Alerts/Unsubscribe", "/Alerts/Unsubscribe?token=nonsense" })
        {
            using var refused = await client.GetAsync(bad);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            Assert.Contains("This unsubscribe link is not valid or has expired.", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_expired_unsubscribe_link_answers_400()
    {
        var (_, search) = await SavedAsync(AlertFrequency.Daily, DateTimeOffset.UtcNow);
        await using var scope = App.Services.CreateAsyncScope();
        var old = ActivatorUtilities.CreateInstance<AlertUnsubscribeTokens>(scope.ServiceProvider, (TimeProvider)new Clock(DateTimeOffset.UtcNow.AddDays(-61)));

        using var response = await NewClient().GetAsync(AlertLinks.Unsubscribe(old.For(search)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task A_new_organization_that_fits_is_reported_however_many_others_rank_above_it()
    {
        var now = DateTimeOffset.UtcNow;
        var clock = new Clock(now);

        // Sixty organizations that fit better (legal aid in Peru itself) were there before the search; the new one works next door.
        await using (var db = Database.CreateDbContext())
        {
            db.Organizations.AddRange(Enumerable.Range(1, PartnerMatcherLimit + 10).Select(i => Organization.Imported(
                Profile($"Estudio Jurídico {i}", "legal-professional", ["PE"], offers: ["legal-aid", "research"]), now.AddMinutes(-5))));
            await db.SaveChangesAsync();
        }

        var (user, _) = await SavedAsync(AlertFrequency.Instant, now);
        var late = await VerifiedAtAsync(Profile("Clínica Legal Tardía", "civil-society", ["BO"], offers: ["legal-aid"]), now.AddMinutes(1));
        clock.Now = now.AddMinutes(5);

        Assert.Equal(new AlertRunResult(1, 1, 1), await RunAsync(clock));
        await using var after = Database.CreateDbContext();
        Assert.Equal(late.Id, (await after.Notifications.SingleAsync(n => n.UserId == user)).OrganizationId);
    }

    [Fact]
    public async Task The_matcher_asked_about_a_few_organizations_scores_them_as_the_whole_search_does()
    {
        var now = DateTimeOffset.UtcNow;
        var peru = await VerifiedAtAsync(Profile("Abogados del Perú", "legal-professional", ["PE"], offers: ["legal-aid"]), now);
        var bolivia = await VerifiedAtAsync(Profile("Abogados de Bolivia", "legal-professional", ["BO"], offers: ["legal-aid", "research"]), now);
        var chile = await VerifiedAtAsync(Profile("Investigación Chile", "academia", ["CL"], offers: ["research"]), now);
        await using var scope = App.Services.CreateAsyncScope();
        var matcher = scope.ServiceProvider.GetRequiredService<PartnerMatcher>();
        var search = AlertRunner.ToSearch(LawyersInPeru);

        var whole = await matcher.SearchAsync(search, 10, CancellationToken.None);
        var among = await matcher.SearchAmongAsync(search, [chile.Id, bolivia.Id, peru.Id], CancellationToken.None);

        Assert.Equal(whole.Select(p => (p.Id, p.Score, string.Join("|", p.Reasons))), among.Select(p => (p.Id, p.Score, string.Join("|", p.Reasons))));
        Assert.Equal([peru.Id, bolivia.Id], among.Select(p => p.Id).Take(2));
        Assert.Equal([peru.Id], (await matcher.SearchAmongAsync(search, [peru.Id], CancellationToken.None)).Select(p => p.Id));
        Assert.Empty(await matcher.SearchAmongAsync(search, [], CancellationToken.None));
    }

    [Fact]
    public async Task An_organization_that_was_there_when_the_search_was_saved_is_never_news_even_within_the_overlap()
    {
        var now = DateTimeOffset.UtcNow;
        var clock = new Clock(now);
        await VerifiedAtAsync(Profile("Abogados de Siempre", "legal-professional", ["PE"], offers: ["legal-aid"]), now.AddMinutes(-2));
        var (user, _) = await SavedAsync(AlertFrequency.Instant, now);
        var fresh = await VerifiedAtAsync(Profile("Abogados Nuevos", "legal-professional", ["PE"], offers: ["legal-aid"]), now.AddMinutes(1));

        clock.Now = now.AddMinutes(2);
        Assert.Equal(new AlertRunResult(1, 1, 1), await RunAsync(clock));
        clock.Now = now.AddMinutes(4);
        Assert.Equal(0, (await RunAsync(clock)).Digests);

        await using var db = Database.CreateDbContext();
        Assert.Equal(fresh.Id, (await db.Notifications.SingleAsync(n => n.UserId == user)).OrganizationId);
        Assert.DoesNotContain("Abogados de Siempre", (await db.OutboxEmails.SingleAsync()).Body, StringComparison.Ordinal);
    }

    private const int PartnerMatcherLimit = PartnerMatcher.MaxTop;
}
