using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Data.Accounts;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Notifications;

public sealed partial class IndexTests(PortalDatabaseFixture database) : PortalTest(database)
{
    private async Task<long> NotifyAsync(
        ApplicationUser user, string kind, string subject, string? reason = null, int? proposalId = 7, int? organizationId = null, DateTimeOffset? at = null)
    {
        await using var db = Database.CreateDbContext();
        var notification = Notification.For(user.Id, kind, subject, at ?? DateTimeOffset.UtcNow, reason, proposalId, organizationId);
        db.Notifications.Add(notification);
        await db.SaveChangesAsync();
        return notification.Id;
    }

    private async Task<(ApplicationUser User, PortalClient Client)> DelegateAsync(string email = "delegate@example.org")
    {
        var user = await Data.UserAsync(email);
        var client = NewClient();
        await client.SignInAsync(email, TestData.Password);
        return (user, client);
    }

    private static string? UnreadBadge(string html) =>
        UnreadCount().Match(html) is { Success: true } m ? m.Groups[1].Value : null;

    private static Task<HttpResponseMessage> OpenAsync(PortalClient client, long id, string token) =>
        client.PostAsync($"/Notifications?handler=Open&id={id}", [new("__RequestVerificationToken", token)]);

    [Fact]
    public async Task Anonymous_visitors_are_asked_to_sign_in()
    {
        using var response = await NewClient().GetAsync("/Notifications");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Login", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_sees_only_their_own_notifications_newest_first()
    {
        var (user, client) = await DelegateAsync();
        var other = await Data.UserAsync("other@example.org");
        var now = DateTimeOffset.UtcNow;
        await NotifyAsync(user, NotificationKinds.ProposalApproved, "Older proposal", at: now.AddHours(-2));
        await NotifyAsync(user, NotificationKinds.ProposalChangesRequested, "Newer proposal", "Add the dates.", at: now.AddHours(-1));
        await NotifyAsync(other, NotificationKinds.ProposalRejected, "Someone else's proposal", "No.");

        var html = WebUtility.HtmlDecode(await client.GetPageAsync("/Notifications"));

        Assert.Contains("Changes were requested to the partnership proposal \"Newer proposal\".", html, StringComparison.Ordinal);
        Assert.Contains("Reason: Add the dates.", html, StringComparison.Ordinal);
        Assert.Contains("The partnership proposal \"Older proposal\" was approved.", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("Newer proposal", StringComparison.Ordinal) < html.IndexOf("Older proposal", StringComparison.Ordinal));
        Assert.DoesNotContain("Someone else's proposal", html, StringComparison.Ordinal);
        Assert.Contains("2 unread of 2", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_header_shows_the_unread_count_which_drops_when_a_notification_is_opened()
    {
        var (user, client) = await DelegateAsync();
        var first = await NotifyAsync(user, NotificationKinds.ProposalApproved, "Nurse placement", proposalId: 12);
        await NotifyAsync(user, NotificationKinds.OrganizationVerified, "Red Regional", proposalId: null, organizationId: 3);

        var before = await client.GetPageAsync("/Organizations");
        Assert.Equal("2", UnreadBadge(before));
        Assert.Contains("<span class=\"visually-hidden\"> unread notifications</span>", before, StringComparison.Ordinal);

        using var opened = await OpenAsync(client, first, PortalClient.AntiforgeryToken(before));

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/Proposals/12", opened.Headers.Location!.OriginalString);
        Assert.Equal("1", UnreadBadge(await client.GetPageAsync("/Organizations")));
        Assert.NotNull(await Data.QueryAsync(db => db.Notifications.Where(n => n.Id == first).Select(n => n.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task Opening_an_organization_notification_goes_to_the_organization_page()
    {
        var (user, client) = await DelegateAsync();
        var id = await NotifyAsync(user, NotificationKinds.OrganizationRejected, "Red Regional", "Not about migration.", proposalId: null, organizationId: 3);
        var token = PortalClient.AntiforgeryToken(await client.GetPageAsync("/Notifications"));

        using var opened = await OpenAsync(client, id, token);

        Assert.Equal("/Organizations/3", opened.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Without_unread_notifications_the_header_shows_no_count()
    {
        var (user, client) = await DelegateAsync();
        await NotifyAsync(user, NotificationKinds.ProposalApproved, "Read already");
        await Data.QueryAsync(db => db.Notifications.ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, DateTimeOffset.UtcNow)));

        var html = await client.GetPageAsync("/Organizations");

        Assert.Contains("data-testid=\"notifications-link\"", html, StringComparison.Ordinal);
        Assert.Null(UnreadBadge(html));
    }

    [Fact]
    public async Task Opening_another_users_notification_is_not_found_and_marks_nothing()
    {
        var (_, client) = await DelegateAsync();
        var other = await Data.UserAsync("other@example.org");
        var theirs = await NotifyAsync(other, NotificationKinds.ProposalRejected, "Their proposal", "No.");
        var token = PortalClient.AntiforgeryToken(await client.GetPageAsync("/Notifications"));

        using var response = await OpenAsync(client, theirs, token);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Null(await Data.QueryAsync(db => db.Notifications.Select(n => n.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task Opening_without_an_antiforgery_token_is_refused()
    {
        var (user, client) = await DelegateAsync();
        var id = await NotifyAsync(user, NotificationKinds.ProposalApproved, "Nurse placement");

        using var response = await client.PostAsync($"/Notifications?handler=Open&id={id}", []);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(await Data.QueryAsync(db => db.Notifications.Select(n => n.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task Viewing_the_list_marks_nothing_read()
    {
        var (user, client) = await DelegateAsync();
        var id = await NotifyAsync(user, NotificationKinds.ProposalApproved, "Nurse placement");

        await client.GetPageAsync("/Notifications");
        using var getOpen = await client.GetAsync($"/Notifications?handler=Open&id={id}");

        Assert.Null(await Data.QueryAsync(db => db.Notifications.Select(n => n.ReadAt).SingleAsync()));
    }

    [Fact]
    public async Task Mark_all_as_read_clears_only_the_users_own_unread_notifications()
    {
        var (user, client) = await DelegateAsync();
        var other = await Data.UserAsync("other@example.org");
        await NotifyAsync(user, NotificationKinds.ProposalApproved, "One");
        await NotifyAsync(user, NotificationKinds.ProposalWithdrawn, "Two");
        await NotifyAsync(other, NotificationKinds.ProposalApproved, "Theirs");

        using var response = await client.SubmitAsync("/Notifications", [], "/Notifications?handler=MarkAllRead");
        var page = await client.GetPageAsync("/Notifications");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("All notifications are marked as read.", page, StringComparison.Ordinal);
        Assert.Contains("0 unread of 2", page, StringComparison.Ordinal);
        Assert.Null(UnreadBadge(page));
        Assert.Equal(1, await Data.QueryAsync(db => db.Notifications.CountAsync(n => n.ReadAt == null)));
        Assert.Equal(other.Id, await Data.QueryAsync(db => db.Notifications.Where(n => n.ReadAt == null).Select(n => n.UserId).SingleAsync()));
    }

    [Fact]
    public async Task The_list_is_paginated()
    {
        var (user, client) = await DelegateAsync();
        var start = DateTimeOffset.UtcNow.AddDays(-1);
        for (var i = 1; i <= 25; i++)
        {
            await NotifyAsync(user, NotificationKinds.ProposalApproved, $"Proposal {i:D2}", at: start.AddMinutes(i));
        }

        var first = await client.GetPageAsync("/Notifications");
        var second = await client.GetPageAsync("/Notifications?page=2");

        Assert.Equal(20, NotificationItem().Count(first));
        Assert.Contains("Proposal 25", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Proposal 05", first, StringComparison.Ordinal);
        Assert.Equal(5, NotificationItem().Count(second));
        Assert.Contains("Proposal 01", second, StringComparison.Ordinal);
        Assert.Contains("Page 2 of 2", second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notifications_are_shown_in_Spanish()
    {
        var (user, client) = await DelegateAsync();
        await NotifyAsync(user, NotificationKinds.ProposalChangesRequested, "Colocación de enfermeras", "Indique las fechas.");
        await NotifyAsync(user, NotificationKinds.OrganizationVerified, "Red Regional", proposalId: null, organizationId: 3);

        var html = WebUtility.HtmlDecode(await client.GetPageAsync("/Notifications?culture=es"));

        Assert.Contains("<h1 class=\"h3 mb-0\">Notificaciones</h1>", html, StringComparison.Ordinal);
        Assert.Contains("Se pidieron cambios en la propuesta de alianza \"Colocación de enfermeras\".", html, StringComparison.Ordinal);
        Assert.Contains("Motivo: Indique las fechas.", html, StringComparison.Ordinal);
        Assert.Contains("Su organización Red Regional fue verificada y ya aparece en el directorio.", html, StringComparison.Ordinal);
        Assert.Contains("notificaciones sin leer", html, StringComparison.Ordinal);
        Assert.Contains("Marcar todas como leídas", html, StringComparison.Ordinal);
        // The button that opens a notification is a verb, not the status of a gap ("Abierta").
        Assert.Matches(@"<button type=""submit"" class=""btn btn-sm btn-outline-primary"">\s*Ver<span", html);
        Assert.DoesNotContain("Abierta", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Notification_text_is_encoded_not_interpreted_as_markup()
    {
        var (user, client) = await DelegateAsync();
        await NotifyAsync(user, NotificationKinds.ProposalRejected, "<script>alert(1)</script>", "<b>bold</b>");

        var html = await client.GetPageAsync("/Notifications");

        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>bold</b>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [GeneratedRegex("data-testid=\"unread-count\">(\\d+)<")]
    private static partial Regex UnreadCount();

    [GeneratedRegex("data-testid=\"notification\"")]
    private static partial Regex NotificationItem();
}
