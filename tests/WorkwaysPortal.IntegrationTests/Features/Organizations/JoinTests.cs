using System.Net;
using Microsoft.EntityFrameworkCore;
using WorkwaysPortal.Domain.Accounts;
using WorkwaysPortal.Domain.Auditing;
using WorkwaysPortal.Domain.Notifications;
using WorkwaysPortal.Domain.Organizations;
using WorkwaysPortal.Testing;

namespace WorkwaysPortal.IntegrationTests.Features.Organizations;

/// <summary>Asking to join an organization: from its page and from the registration refusal; its delegates, or the moderators, are told.</summary>
public sealed class JoinTests(PortalDatabaseFixture database) : ProposalTest(database)
{
    [Fact]
    public async Task Asking_to_join_is_audited_and_tells_the_delegates_with_the_message()
    {
        var ana = await PersonAsync("ana@example.org");
        var ben = await PersonAsync("ben@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id]);
        var url = $"/Organizations/{organization.Id}/Join";

        Assert.Contains($"href=\"{url}\"", await ben.Client.GetPageAsync($"/Organizations/{organization.Id}"), StringComparison.Ordinal);
        using var response = await ben.Client.SubmitAsync(url, [new("Input.Message", "I coordinate the legal clinic.")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var request = await Data.QueryAsync(db => db.JoinRequests.SingleAsync());
        Assert.Equal((organization.Id, ben.Id, JoinRequestState.Pending, "I coordinate the legal clinic."), (request.OrganizationId, request.UserId, request.State, request.Message));
        var audit = await Data.QueryAsync(db => db.AuditEventsBesideSignIns().SingleAsync());
        Assert.Equal((AuditActions.JoinRequested, "ben@example.org"), (audit.Action, audit.ActorName));
        var notification = await Data.QueryAsync(db => db.Notifications.SingleAsync());
        Assert.Equal((ana.Id, NotificationKinds.JoinRequested, "I coordinate the legal clinic."), (notification.UserId, notification.Kind, notification.Reason));
        var email = await Data.QueryAsync(db => db.OutboxEmails.SingleAsync());
        Assert.Equal(("ana@example.org", "Request to join / Solicitud para unirse: Red Regional"), (email.To, email.Subject));
        Assert.Contains($"/Organizations/{organization.Id}/Team", email.Body, StringComparison.Ordinal);

        // Asked once: the page says so, and asking again changes nothing.
        Assert.Contains("data-testid=\"request-pending\"", await ben.Client.GetPageAsync(url), StringComparison.Ordinal);
        using var again = await ben.Client.SubmitAsync(url, []);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(1, await Data.QueryAsync(db => db.JoinRequests.CountAsync()));
    }

    [Fact]
    public async Task Asking_to_join_an_organization_without_delegates_tells_the_moderators()
    {
        var moderator = await Data.UserAsync("moderator@example.org", Roles.Moderator);
        var ben = await PersonAsync("ben@example.org");
        var orphaned = await OrganizationAsync("Orphaned Network");

        using var response = await ben.Client.SubmitAsync($"/Organizations/{orphaned.Id}/Join", []);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var notification = await Data.QueryAsync(db => db.Notifications.SingleAsync());
        Assert.Equal((moderator.Id, NotificationKinds.JoinRequested), (notification.UserId, notification.Kind));
    }

    [Fact]
    public async Task A_delegate_does_not_ask_to_join_their_own_organization_and_nobody_asks_to_join_one_they_cannot_see()
    {
        var ana = await PersonAsync("ana@example.org");
        var ben = await PersonAsync("ben@example.org");
        var organization = await OrganizationAsync("Red Regional", delegates: [ana.Id]);
        var pending = await Data.PendingAsync(TestData.Profile("Pending Network"), ana.Id);

        var own = await ana.Client.GetPageAsync($"/Organizations/{organization.Id}/Join");
        using var ownPost = await ana.Client.SubmitAsync($"/Organizations/{organization.Id}/Join", []);
        using var hidden = await ben.Client.GetAsync($"/Organizations/{pending.Id}/Join");

        Assert.Contains("data-testid=\"already-delegate\"", own, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, ownPost.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(0, await Data.QueryAsync(db => db.JoinRequests.CountAsync()));
        Assert.DoesNotContain($"/Organizations/{organization.Id}/Join\"", await ana.Client.GetPageAsync($"/Organizations/{organization.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anonymous_visitors_see_the_way_to_ask_and_are_sent_to_sign_in()
    {
        var organization = await OrganizationAsync("Red Regional");
        var visitor = NewClient();

        var page = await visitor.GetPageAsync($"/Organizations/{organization.Id}");
        using var join = await visitor.GetAsync($"/Organizations/{organization.Id}/Join");

        Assert.Contains($"href=\"/Organizations/{organization.Id}/Join\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, join.StatusCode);
        Assert.Contains("/Account/Login", join.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task One_person_waits_for_at_most_five_answers_at_once()
    {
        var ben = await PersonAsync("ben@example.org");
        var organizations = new List<Organization>();
        for (var i = 0; i <= JoinRequest.MaxPendingPerPerson; i++)
        {
            organizations.Add(await OrganizationAsync($"Network {i}"));
        }

        foreach (var organization in organizations.Take(JoinRequest.MaxPendingPerPerson))
        {
            using var asked = await ben.Client.SubmitAsync($"/Organizations/{organization.Id}/Join", []);
            Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        }

        using var response = await ben.Client.SubmitAsync($"/Organizations/{organizations[^1].Id}/Join", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(
            "You can wait for at most 5 answers to requests to join at once.",
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(JoinRequest.MaxPendingPerPerson, await Data.QueryAsync(db => db.JoinRequests.CountAsync()));
    }

    [Fact]
    public async Task The_registration_refusal_of_a_taken_name_offers_to_ask_to_join_that_organization()
    {
        var ana = await Data.UserAsync("ana@example.org");
        var existing = await OrganizationAsync("Asociación de Retornados", delegates: [ana.Id]);
        var hidden = await Data.PendingAsync(TestData.Profile("Pending Network"), ana.Id);
        var ben = await PersonAsync("ben@example.org");
        List<KeyValuePair<string, string>> Form(string name) =>
        [
            new("Input.Name", name), new("Input.Sector", "civil-society"), new("Input.Countries", "GT"), new("Input.Description", "Works with migrants."),
        ];

        using var taken = await ben.Client.SubmitAsync("/Organizations/Register", Form("asociacion de retornados"));
        using var pending = await ben.Client.SubmitAsync("/Organizations/Register", Form("Pending Network"));

        var html = await taken.Content.ReadAsStringAsync();
        Assert.Equal("An organization with this name is already registered.", Html.FieldError(html, "Input.Name"));
        Assert.Contains($"href=\"/Organizations/{existing.Id}/Join\"", html, StringComparison.Ordinal);
        var other = await pending.Content.ReadAsStringAsync();
        Assert.Equal("An organization with this name is already registered.", Html.FieldError(other, "Input.Name"));
        Assert.DoesNotContain("data-testid=\"same-name\"", other, StringComparison.Ordinal);
        Assert.DoesNotContain($"/Organizations/{hidden.Id}/Join", other, StringComparison.Ordinal);
    }
}
