using System.Net;
using System.Text.Json;
using WorkwaysPortal.Domain.Alerts;
using WorkwaysPortal.Domain.Conversations;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Account.Manage;

/// <summary>The download of one's own data: everything the portal keeps about the person, nobody else's, no secrets.</summary>
public sealed class PersonalDataTests(PortalDatabaseFixture database) : PortalTest(database)
{
    [Fact]
    public async Task The_download_holds_the_accounts_data_and_nobody_elses()
    {
        var ana = await Data.UserAsync("ana@example.org");
        var ben = await Data.UserAsync("ben@example.org");
        await Data.PendingAsync(TestData.Profile("Red de Apoyo al Migrante"), ana.Id);
        await Data.PendingAsync(TestData.Profile("Casa del Migrante"), ben.Id);
        await Data.QueryAsync(db =>
        {
            db.Notifications.Add(Notification.For(ana.Id, NotificationKinds.OrganizationVerified, "Red de Apoyo al Migrante", DateTimeOffset.UtcNow));
            db.Notifications.Add(Notification.For(ben.Id, NotificationKinds.OrganizationVerified, "Casa del Migrante", DateTimeOffset.UtcNow));
            return db.SaveChangesAsync();
        });
        await Data.PasskeyAsync("ana@example.org", "Ana's phone");
        await Data.PasskeyAsync("ben@example.org", "Ben's laptop");
        var client = NewClient();
        await client.SignInAsync("ana@example.org", TestData.Password);

        using var response = await client.SubmitAsync("/Account/Manage/PersonalData", [], "/Account/Manage/PersonalData?handler=Download");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("workways-personal-data.json", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);
        var root = json.RootElement;
        Assert.Equal("ana@example.org", root.GetProperty("account").GetProperty("email").GetString());
        Assert.Equal(["delegate"], root.GetProperty("account").GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(["Ana's phone"], root.GetProperty("account").GetProperty("passkeys").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.DoesNotContain("publicKey", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["Red de Apoyo al Migrante"], root.GetProperty("organizations").EnumerateArray().Select(o => o.GetProperty("name").GetString()));
        Assert.Equal(1, root.GetProperty("notifications").GetArrayLength());
        Assert.Equal(1, root.GetProperty("signInSessions").GetArrayLength());
        Assert.DoesNotContain("ben@example.org", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("laptop", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Casa del Migrante", text, StringComparison.Ordinal);
        Assert.DoesNotContain("passwordHash", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("securityStamp", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task The_download_holds_the_messages_and_saved_searches_of_the_account_only()
    {
        var ana = await Data.UserAsync("ana@example.org");
        var ben = await Data.UserAsync("ben@example.org");
        var red = await Data.VerifiedAsync(TestData.Profile("Red de Apoyo al Migrante"));
        var casa = await Data.VerifiedAsync(TestData.Profile("Casa del Migrante"));
        await Data.QueryAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var conversation = Conversation.Start(red.Id, casa.Id, ana.Id, now);
            conversation.Write(red.Id, ana.Id, "Ana", "Hola, ¿trabajamos juntos en Tapachula?", now);
            conversation.Write(casa.Id, ben.Id, "Ben", "Ben's private answer", now.AddMinutes(1));
            db.Add(conversation);
            db.SavedSearches.Add(SavedSearch.Create(ana.Id, "Trainers in Honduras", AlertFrequency.Weekly, new SavedCriteria(["vocational-training"], ["HN"], [], [], [], [], null), now));
            db.SavedSearches.Add(SavedSearch.Create(ben.Id, "Ben's search", AlertFrequency.Daily, new SavedCriteria(["legal-aid"], ["MX"], [], [], [], [], null), now));
            return await db.SaveChangesAsync();
        });
        var client = NewClient();
        await client.SignInAsync("ana@example.org", TestData.Password);

        using var response = await client.SubmitAsync("/Account/Manage/PersonalData", [], "/Account/Manage/PersonalData?handler=Download");
        var text = await response.Content.ReadAsStringAsync();
        using var json = JsonDocument.Parse(text);

        var message = Assert.Single(json.RootElement.GetProperty("messagesYouWrote").EnumerateArray());
        Assert.Equal("Hola, ¿trabajamos juntos en Tapachula?", message.GetProperty("body").GetString());
        Assert.Equal(red.Id, message.GetProperty("forOrganizationId").GetInt32());
        var search = Assert.Single(json.RootElement.GetProperty("savedSearches").EnumerateArray());
        Assert.Equal(("Trainers in Honduras", "Weekly"), (search.GetProperty("name").GetString(), search.GetProperty("frequency").GetString()));
        Assert.Equal(["HN"], search.GetProperty("countries").EnumerateArray().Select(c => c.GetString()));
        Assert.DoesNotContain("Ben's", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_download_is_a_post_with_the_forms_token()
    {
        await Data.UserAsync("ana@example.org");
        var client = NewClient();
        await client.SignInAsync("ana@example.org", TestData.Password);

        using var forged = await client.Http.PostAsync(new Uri("/Account/Manage/PersonalData?handler=Download", UriKind.Relative), new FormUrlEncodedContent([]));

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
    }
}
