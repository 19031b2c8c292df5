using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Conversations;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Conversations;

/// <summary>Contact between organizations (issue 13): private contact details, conversations, notifications, unread counts and abuse controls.</summary>
public sealed class ConversationTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    private const string ContactEmail = "ana@example.org";

    /// <summary>A writer (delegate of one verified organization), a recipient (delegate of another), a third organization's delegate, a plain user and a moderator.</summary>
    private sealed record Cast(Person Writer, Person Recipient, Person Third, Person Plain, Person Moderator, int WriterOrg, int RecipientOrg, int ThirdOrg);

    private async Task<Cast> CastAsync()
    {
        var writer = await PersonAsync("writer@example.org");
        var recipient = await PersonAsync("recipient@example.org");
        var third = await PersonAsync("third@example.org");
        var plain = await PersonAsync("plain@example.org");
        var moderator = await PersonAsync("marta@example.org", Roles.Moderator);
        var writerOrg = await OrganizationAsync("Writer Network", delegates: writer.Id);
        var recipientOrg = await OrganizationAsync("Recipient Agency", delegates: recipient.Id);
        var thirdOrg = await OrganizationAsync("Third Union", "government", null, third.Id);
        return new Cast(writer, recipient, third, plain, moderator, writerOrg.Id, recipientOrg.Id, thirdOrg.Id);
    }

    private async Task<HttpClient> BearerAsync(string email)
    {
        var client = NewClient().Http;
        using var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { email, password = TestData.Password });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var token = await response.Content.ReadFromJsonAsync<JsonElement>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.GetProperty("accessToken").GetString());
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static async Task<bool> SeesContactPageAsync(Person person, int organizationId) =>
        (await person.Client.GetPageAsync($"/Organizations/{organizationId}")).Contains(ContactEmail, StringComparison.Ordinal);

    private async Task<bool> SeesContactApiAsync(Person person, int organizationId)
    {
        var api = await BearerAsync(person.Email);
        using var response = await api.GetAsync(new Uri($"/api/v1/organizations/{organizationId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await JsonAsync(response)).GetProperty("contact").ValueKind == JsonValueKind.Object;
    }

    /// <summary>The writer contacts the recipient through the page; answers the conversation's id.</summary>
    private static async Task<int> ContactAsync(Person writer, int to, string message = "Could we train nurses together?")
    {
        using var response = await writer.Client.SubmitAsync($"/Organizations/{to}/Contact", [new("Message", message)]);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/Conversations/", location, StringComparison.Ordinal);
        return int.Parse(location["/Conversations/".Length..], System.Globalization.CultureInfo.InvariantCulture);
    }

    private static async Task<HttpResponseMessage> ReplyAsync(Person person, int conversation, string message) =>
        await person.Client.SubmitAsync($"/Conversations/{conversation}", [new("Message", message)], $"/Conversations/{conversation}?handler=Reply");

    [Fact]
    public async Task Contact_details_are_private_to_the_organizations_delegates_and_the_moderators()
    {
        var cast = await CastAsync();

        Assert.False(await SeesContactPageAsync(cast.Plain, cast.RecipientOrg));
        Assert.False(await SeesContactPageAsync(cast.Writer, cast.RecipientOrg));
        Assert.False(await SeesContactApiAsync(cast.Plain, cast.RecipientOrg));
        Assert.False(await SeesContactApiAsync(cast.Writer, cast.RecipientOrg));
        Assert.DoesNotContain(ContactEmail, await NewClient().GetPageAsync($"/Organizations/{cast.RecipientOrg}"), StringComparison.Ordinal);

        Assert.True(await SeesContactPageAsync(cast.Recipient, cast.RecipientOrg));
        Assert.True(await SeesContactPageAsync(cast.Moderator, cast.RecipientOrg));
        Assert.True(await SeesContactApiAsync(cast.Recipient, cast.RecipientOrg));
        Assert.True(await SeesContactApiAsync(cast.Moderator, cast.RecipientOrg));
    }

    [Fact]
    public async Task Contacting_an_organization_notifies_and_emails_its_delegates_in_their_language_and_audits_the_message()
    {
        var cast = await CastAsync();
        await Data.QueryAsync(async db =>
        {
            var user = await db.Users.SingleAsync(u => u.Id == cast.Recipient.Id);
            user.PreferredLanguage = "es";
            return await db.SaveChangesAsync();
        });
        var page = await cast.Writer.Client.GetPageAsync($"/Organizations/{cast.RecipientOrg}");
        Assert.Contains($"/Organizations/{cast.RecipientOrg}/Contact", page, StringComparison.Ordinal);

        var conversation = await ContactAsync(cast.Writer, cast.RecipientOrg);

        var notification = await Data.QueryAsync(db => db.Notifications.SingleAsync(n => n.Kind == NotificationKinds.MessageReceived));
        Assert.Equal((cast.Recipient.Id, "Writer Network", conversation), (notification.UserId, notification.Subject, notification.ConversationId));
        var email = await Data.QueryAsync(db => db.OutboxEmails.SingleAsync());
        Assert.Equal(cast.Recipient.Email, email.To);
        Assert.StartsWith("Nuevo mensaje", email.Subject, StringComparison.Ordinal);
        Assert.Contains($"/Conversations/{conversation}", email.Body, StringComparison.Ordinal);
        Assert.Contains("Could we train nurses together?", email.Body, StringComparison.Ordinal);
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync(e => e.Action == AuditActions.MessageSent));
        Assert.Equal((AuditSubjects.Conversation, conversation.ToString(System.Globalization.CultureInfo.InvariantCulture)), (audit.SubjectType, audit.SubjectId));

        // Unread: one for the recipient, in the list and the navigation; none once opened.
        var list = await cast.Recipient.Client.GetPageAsync("/Conversations");
        Assert.Contains("data-testid=\"conversation-unread\">1<", list, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"unread-messages\">1<", list, StringComparison.Ordinal);
        var thread = await cast.Recipient.Client.GetPageAsync($"/Conversations/{conversation}");
        Assert.Contains("Could we train nurses together?", thread, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"unread-messages\"", await cast.Recipient.Client.GetPageAsync("/Conversations"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"conversation-unread\"", await cast.Writer.Client.GetPageAsync("/Conversations"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Contact_details_appear_to_both_sides_once_the_recipient_has_replied_and_not_before()
    {
        var cast = await CastAsync();
        var conversation = await ContactAsync(cast.Writer, cast.RecipientOrg);

        Assert.False(await SeesContactPageAsync(cast.Writer, cast.RecipientOrg));
        Assert.False(await SeesContactPageAsync(cast.Recipient, cast.WriterOrg));
        Assert.Contains("data-testid=\"contact-hidden\"", await cast.Writer.Client.GetPageAsync($"/Conversations/{conversation}"), StringComparison.Ordinal);

        using var reply = await ReplyAsync(cast.Recipient, conversation, "Gladly: call us.");
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);

        Assert.True(await SeesContactPageAsync(cast.Writer, cast.RecipientOrg));
        Assert.True(await SeesContactPageAsync(cast.Recipient, cast.WriterOrg));
        Assert.True(await SeesContactApiAsync(cast.Writer, cast.RecipientOrg));
        Assert.Contains("data-testid=\"contact\"", await cast.Writer.Client.GetPageAsync($"/Conversations/{conversation}"), StringComparison.Ordinal);

        // A third organization's delegate still does not.
        Assert.False(await SeesContactPageAsync(cast.Third, cast.RecipientOrg));
        Assert.False(await SeesContactApiAsync(cast.Third, cast.RecipientOrg));

        // The writer was told of the reply.
        Assert.Equal(1, await Data.QueryAsync(db => db.Notifications.CountAsync(n => n.UserId == cast.Writer.Id && n.Kind == NotificationKinds.MessageReceived)));
    }

    [Fact]
    public async Task Someone_elses_conversation_answers_404_on_the_pages_and_the_api()
    {
        var cast = await CastAsync();
        var conversation = await ContactAsync(cast.Writer, cast.RecipientOrg);

        foreach (var person in new[] { cast.Third, cast.Plain, cast.Moderator })
        {
            using var page = await person.Client.GetAsync($"/Conversations/{conversation}");
            Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
            var api = await BearerAsync(person.Email);
            using var get = await api.GetAsync(new Uri($"/api/v1/conversations/{conversation}", UriKind.Relative));
            Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
            using var post = await api.PostAsJsonAsync($"/api/v1/conversations/{conversation}/messages", new { message = "Let me in" });
            Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
        }

        Assert.Equal(1, await Data.QueryAsync(db => db.ConversationMessages.CountAsync()));
        Assert.DoesNotContain("Recipient Agency", await cast.Third.Client.GetPageAsync("/Conversations"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_api_contacts_replies_and_lists_with_problem_details_for_bad_input()
    {
        var cast = await CastAsync();
        var writer = await BearerAsync(cast.Writer.Email);

        using var empty = await writer.PostAsJsonAsync($"/api/v1/organizations/{cast.RecipientOrg}/contact", new { message = "  " });
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.True((await JsonAsync(empty)).GetProperty("errors").TryGetProperty("message", out _));
        using var tooLong = await writer.PostAsJsonAsync($"/api/v1/organizations/{cast.RecipientOrg}/contact", new { message = new string('a', Conversation.MessageMaxLength + 1) });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        using var notMine = await writer.PostAsJsonAsync($"/api/v1/organizations/{cast.RecipientOrg}/contact", new { message = "Hi", fromOrganizationId = cast.ThirdOrg });
        Assert.Equal(HttpStatusCode.BadRequest, notMine.StatusCode);
        using var own = await writer.PostAsJsonAsync($"/api/v1/organizations/{cast.WriterOrg}/contact", new { message = "Hi" });
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
        using var unknown = await writer.PostAsJsonAsync("/api/v1/organizations/987654/contact", new { message = "Hi" });
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        var plain = await BearerAsync(cast.Plain.Email);
        using var noOrganization = await plain.PostAsJsonAsync($"/api/v1/organizations/{cast.RecipientOrg}/contact", new { message = "Hi" });
        Assert.Equal(HttpStatusCode.Forbidden, noOrganization.StatusCode);
        Assert.Equal(0, await Data.QueryAsync(db => db.ConversationMessages.CountAsync()));

        using var created = await writer.PostAsJsonAsync($"/api/v1/organizations/{cast.RecipientOrg}/contact", new { message = "Hello" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var id = (await JsonAsync(created)).GetProperty("id").GetInt32();
        Assert.Equal($"/api/v1/conversations/{id}", created.Headers.Location!.OriginalString);

        // Writing again continues the same conversation.
        using var again = await writer.PostAsJsonAsync($"/api/v1/organizations/{cast.RecipientOrg}/contact", new { message = "Hello again" });
        Assert.Equal(id, (await JsonAsync(again)).GetProperty("id").GetInt32());

        var recipient = await BearerAsync(cast.Recipient.Email);
        var list = await recipient.GetFromJsonAsync<JsonElement>("/api/v1/conversations");
        Assert.Equal(2, list[0].GetProperty("unread").GetInt32());
        using var reply = await recipient.PostAsJsonAsync($"/api/v1/conversations/{id}/messages", new { message = "Welcome" });
        Assert.Equal(HttpStatusCode.Created, reply.StatusCode);
        var body = await JsonAsync(reply);
        Assert.True(body.GetProperty("recipientReplied").GetBoolean());
        Assert.Equal(3, body.GetProperty("messages").GetArrayLength());
        Assert.Equal(ContactEmail, (await writer.GetFromJsonAsync<JsonElement>($"/api/v1/conversations/{id}")).GetProperty("otherContact").GetProperty("email").GetString());
    }

    [Fact]
    public async Task An_account_over_its_hourly_limit_gets_429_and_nothing_is_sent()
    {
        var cast = await CastAsync();
        var conversation = await ContactAsync(cast.Writer, cast.RecipientOrg);
        await Data.QueryAsync(async db =>
        {
            var c = await db.Conversations.SingleAsync(x => x.Id == conversation);
            for (var i = 1; i < 20; i++)
            {
                c.Write(cast.WriterOrg, cast.Writer.Id, "Writer", $"Message {i}", DateTimeOffset.UtcNow.AddMinutes(-30));
            }

            return await db.SaveChangesAsync();
        });

        var writer = await BearerAsync(cast.Writer.Email);
        using var refused = await writer.PostAsJsonAsync($"/api/v1/organizations/{cast.ThirdOrg}/contact", new { message = "One too many" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(refused.Headers.RetryAfter);
        using var page = await ReplyAsync(cast.Writer, conversation, "One too many");
        Assert.Equal(HttpStatusCode.TooManyRequests, page.StatusCode);
        Assert.Contains("20 messages in the last hour", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(20, await Data.QueryAsync(db => db.ConversationMessages.CountAsync()));

        // Another delegate of the same organization may still write (the organization's daily limit is 50).
        var colleague = await PersonAsync("colleague@example.org");
        await Data.QueryAsync(async db =>
        {
            var o = await db.Organizations.Include(x => x.Members).SingleAsync(x => x.Id == cast.WriterOrg);
            o.AddMember(colleague.Id, DateTimeOffset.UtcNow);
            return await db.SaveChangesAsync();
        });
        using var colleagues = await ReplyAsync(colleague, conversation, "I can still write");
        Assert.Equal(HttpStatusCode.Redirect, colleagues.StatusCode);
    }

    [Fact]
    public async Task An_organization_over_its_daily_limit_gets_429()
    {
        var cast = await CastAsync();
        var conversation = await ContactAsync(cast.Writer, cast.RecipientOrg);
        await Data.QueryAsync(async db =>
        {
            var c = await db.Conversations.SingleAsync(x => x.Id == conversation);
            for (var i = 1; i < 50; i++)
            {
                c.Write(cast.WriterOrg, cast.Writer.Id, "Writer", $"Message {i}", DateTimeOffset.UtcNow.AddHours(-3));
            }

            return await db.SaveChangesAsync();
        });

        var writer = await BearerAsync(cast.Writer.Email);
        using var refused = await writer.PostAsJsonAsync($"/api/v1/conversations/{conversation}/messages", new { message = "One too many" });
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("24 hours", (await JsonAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_blocked_organization_cannot_write_until_it_is_unblocked()
    {
        var cast = await CastAsync();
        var conversation = await ContactAsync(cast.Writer, cast.RecipientOrg);

        using var block = await cast.Recipient.Client.SubmitAsync($"/Conversations/{conversation}", [], $"/Conversations/{conversation}?handler=Block");
        Assert.Equal(HttpStatusCode.Redirect, block.StatusCode);
        Assert.Equal(1, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync(e => e.Action == AuditActions.OrganizationBlocked)));

        var writer = await BearerAsync(cast.Writer.Email);
        using var refused = await writer.PostAsJsonAsync($"/api/v1/organizations/{cast.RecipientOrg}/contact", new { message = "Please" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Contains("does not accept messages from yours", (await JsonAsync(refused)).GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"blocked\"", await cast.Writer.Client.GetPageAsync($"/Organizations/{cast.RecipientOrg}/Contact"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"blocked\"", await cast.Writer.Client.GetPageAsync($"/Conversations/{conversation}"), StringComparison.Ordinal);

        // The blocking side may still write, and unblocks in the same place.
        using var reply = await ReplyAsync(cast.Recipient, conversation, "We are busy.");
        Assert.Equal(HttpStatusCode.Redirect, reply.StatusCode);
        using var unblock = await cast.Recipient.Client.SubmitAsync($"/Conversations/{conversation}", [], $"/Conversations/{conversation}?handler=Unblock");
        Assert.Equal(HttpStatusCode.Redirect, unblock.StatusCode);
        using var allowed = await writer.PostAsJsonAsync($"/api/v1/organizations/{cast.RecipientOrg}/contact", new { message = "Thanks" });
        Assert.Equal(HttpStatusCode.Created, allowed.StatusCode);
        Assert.Equal(1, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync(e => e.Action == AuditActions.OrganizationUnblocked)));
    }

    [Fact]
    public async Task A_reported_message_reaches_the_moderators_who_can_read_and_dismiss_it()
    {
        var cast = await CastAsync();
        var conversation = await ContactAsync(cast.Writer, cast.RecipientOrg, "Buy cheap watches");
        var messageId = await Data.QueryAsync(db => db.ConversationMessages.Select(m => m.Id).SingleAsync());

        // The author's side cannot report its own message.
        using var own = await cast.Writer.Client.SubmitAsync(
            $"/Conversations/{conversation}", [new("messageId", messageId.ToString(System.Globalization.CultureInfo.InvariantCulture))], $"/Conversations/{conversation}?handler=Report");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(0, await Data.QueryAsync(db => db.ConversationMessages.CountAsync(m => m.ReportedAt != null)));

        using var report = await cast.Recipient.Client.SubmitAsync(
            $"/Conversations/{conversation}",
            [new("messageId", messageId.ToString(System.Globalization.CultureInfo.InvariantCulture)), new("Reason", "Spam")],
            $"/Conversations/{conversation}?handler=Report");
        Assert.Equal(HttpStatusCode.Redirect, report.StatusCode);
        Assert.Equal(1, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync(e => e.Action == AuditActions.MessageReported)));

        var queue = await cast.Moderator.Client.GetPageAsync("/Moderation/Messages");
        Assert.Contains("Buy cheap watches", queue, StringComparison.Ordinal);
        Assert.Contains("Spam", queue, StringComparison.Ordinal);
        using var context = await cast.Moderator.Client.GetAsync($"/Conversations/{conversation}");
        Assert.Equal(HttpStatusCode.OK, context.StatusCode);

        using var dismiss = await cast.Moderator.Client.SubmitAsync(
            "/Moderation/Messages", [], $"/Moderation/Messages?handler=Dismiss&id={messageId}");
        Assert.Equal(HttpStatusCode.Redirect, dismiss.StatusCode);
        Assert.Contains("data-testid=\"no-reports\"", await cast.Moderator.Client.GetPageAsync("/Moderation/Messages"), StringComparison.Ordinal);
        Assert.Equal(1, await Data.QueryAsync(db => db.AuditEventsBesideSignIns().CountAsync(e => e.Action == AuditActions.MessageReportDismissed)));

        // A delegate cannot open the moderators' queue.
        using var refused = await cast.Recipient.Client.GetAsync("/Moderation/Messages");
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
    }

    [Fact]
    public async Task Contact_links_show_for_delegates_of_another_verified_organization_only_and_a_conversation_proposes_prefilled()
    {
        var cast = await CastAsync();
        var gap = await GapAsync(cast.RecipientOrg);

        Assert.Contains("data-testid=\"contact-organization\"", await cast.Writer.Client.GetPageAsync($"/Gaps/{gap.Id}"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"contact-organization\"", await cast.Plain.Client.GetPageAsync($"/Gaps/{gap.Id}"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"contact-organization\"", await cast.Recipient.Client.GetPageAsync($"/Organizations/{cast.RecipientOrg}"), StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"contact-organization\"", await cast.Plain.Client.GetPageAsync($"/Organizations/{cast.RecipientOrg}"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-sender\"", await cast.Plain.Client.GetPageAsync($"/Organizations/{cast.RecipientOrg}/Contact"), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"own-organization\"", await cast.Recipient.Client.GetPageAsync($"/Organizations/{cast.RecipientOrg}/Contact"), StringComparison.Ordinal);

        var conversation = await ContactAsync(cast.Writer, cast.RecipientOrg);
        var thread = await cast.Recipient.Client.GetPageAsync($"/Conversations/{conversation}");
        Assert.Contains($"/Organizations/{cast.RecipientOrg}/Proposals/New?to={cast.WriterOrg}", System.Net.WebUtility.HtmlDecode(thread), StringComparison.Ordinal);
        var form = await cast.Recipient.Client.GetPageAsync($"/Organizations/{cast.RecipientOrg}/Proposals/New?to={cast.WriterOrg}");
        Assert.Contains($"value=\"{cast.WriterOrg}\" selected", form, StringComparison.Ordinal);
    }
}
